package dev.tandem.plan;

import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Something that could go wrong: probability and impact 1–5 (score = p × i), a mitigation and an owner. */
@Entity
public class Risk extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public UUID lineage;

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

    @Version
    public int version;

    public int score() {
        return probability * impact;
    }
}
