package dev.tandem.survey;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One round of a health survey of a partnership. */
@Entity
@Table(name = "survey")
public class Survey extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    /** Shared by the rounds of one recurring survey. */
    @Column(name = "series_id", nullable = false)
    public UUID seriesId;

    @Column(nullable = false)
    public int round;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Recurrence recurrence;

    @Column(name = "opens_at", nullable = false)
    public Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    public Instant closesAt;

    @Column(name = "anonymity_threshold", nullable = false)
    public int anonymityThreshold;

    @Column(name = "settled_at")
    public Instant settledAt;

    /** The party of the person who created it: it owns the health metrics the rounds feed. */
    @Column(name = "owning_org_id", nullable = false)
    public UUID owningOrgId;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public int version;

    SurveyStatus status(Instant now) {
        return now.isBefore(opensAt) ? SurveyStatus.SCHEDULED : now.isBefore(closesAt) ? SurveyStatus.OPEN : SurveyStatus.CLOSED;
    }
}
