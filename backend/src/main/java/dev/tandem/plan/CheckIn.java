package dev.tandem.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A party's reading of a key result: its value and how confident that party is (0–10). Kept as history. */
@Entity
@Table(name = "check_in")
public class CheckIn extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    /** The key result's lineage key: check-ins survive amendments of the plan. */
    @Column(name = "key_result_lineage", nullable = false)
    public UUID keyResultLineage;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    public BigDecimal value;

    @Column(nullable = false)
    public int confidence;

    public String comment;

    @Column(name = "by_subject", nullable = false)
    public String bySubject;

    @Column(name = "by_email")
    public String byEmail;

    @Column(nullable = false)
    public Instant at;
}
