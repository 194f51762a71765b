package dev.tandem.metric;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** One of a partnership's vital few indicators, with the thresholds that turn it amber and red. */
@Entity
public class Metric extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MetricKind kind;

    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    public BigDecimal target;

    @Column(name = "amber_threshold", nullable = false)
    public BigDecimal amberThreshold;

    @Column(name = "red_threshold", nullable = false)
    public BigDecimal redThreshold;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Cadence cadence;

    @Column(name = "owning_org_id", nullable = false)
    public UUID owningOrgId;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalation_tier", nullable = false)
    public Tier escalationTier;

    /** Status of the latest reading by observed time (staleness is applied when read). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rag status;

    @Column(name = "latest_reading_id")
    public UUID latestReadingId;

    @Column(name = "latest_observed_at")
    public Instant latestObservedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public int version;

    /** A change to target or thresholds one party proposed, waiting for another accepted party; null fields: none pending. */
    @Column(name = "pending_target")
    public BigDecimal pendingTarget;

    @Column(name = "pending_clears_target", nullable = false)
    public boolean pendingClearsTarget;

    @Column(name = "pending_amber")
    public BigDecimal pendingAmber;

    @Column(name = "pending_red")
    public BigDecimal pendingRed;

    @Column(name = "pending_org_id")
    public UUID pendingOrgId;

    @Column(name = "pending_by")
    public String pendingBy;

    @Column(name = "pending_at")
    public Instant pendingAt;

    boolean hasPendingChange() {
        return pendingOrgId != null;
    }

    void clearPendingChange() {
        pendingTarget = null;
        pendingClearsTarget = false;
        pendingAmber = null;
        pendingRed = null;
        pendingOrgId = null;
        pendingBy = null;
        pendingAt = null;
    }
}
