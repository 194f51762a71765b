package dev.tandem.governance;

import java.time.Instant;
import java.util.UUID;

import dev.tandem.metric.Tier;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An issue handed to a governance tier for an answer, with its packet; a metric turning red opens one at its escalation tier. */
@Entity
public class Escalation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    @Column(name = "metric_id")
    public UUID metricId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Tier tier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EscalationStatus status;

    @Column(nullable = false)
    public String summary;

    @Column(name = "what_was_tried")
    public String whatWasTried;

    public String disputed;

    public String outcome;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "response_due_at")
    public Instant responseDueAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    /** When it last climbed to the next tier, by itself or by hand. */
    @Column(name = "climbed_at")
    public Instant climbedAt;

    /** How often its metric turned red while it was unresolved. */
    @Column(name = "red_count", nullable = false)
    public int redCount;

    @Column(name = "back_to_green_at")
    public Instant backToGreenAt;

    @Version
    public int version;
}
