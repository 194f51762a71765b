package dev.tandem.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * One version of a partnership's Joint Execution Plan. {@code revision} counts the edits of this version:
 * proposing and ratifying name the revision the sponsor saw, so a party ratifies exactly what it read.
 */
@Entity
public class Plan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    /** The version number: 1, 2, 3 ... */
    @Column(nullable = false)
    public int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    @Column(name = "amendment_reason")
    public String amendmentReason;

    @Column(name = "next_review_on")
    public LocalDate nextReviewOn;

    @Column(nullable = false)
    public int revision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "proposed_at")
    public Instant proposedAt;

    @Column(name = "ratified_at")
    public Instant ratifiedAt;

    /** Items may change only while the version is a draft or a proposal (a change withdraws the proposal). */
    public boolean editable() {
        return status == PlanStatus.DRAFT || status == PlanStatus.PROPOSED;
    }
}
