package dev.tandem.plan;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** Something that could go wrong: probability and impact 1–5 (score = p × i), a mitigation and an owner. */
@Entity
public class Risk extends PlanItem {

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public int probability;

    @Column(nullable = false)
    public int impact;

    public String mitigation;

    @Column(name = "owner_email")
    public String ownerEmail;

    @Column(name = "deliverable_id")
    public UUID deliverableId;

    @Column(name = "key_result_id")
    public UUID keyResultId;

    public int score() {
        return probability * impact;
    }
}
