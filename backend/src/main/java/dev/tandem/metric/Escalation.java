package dev.tandem.metric;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** An issue raised to a governance tier; a metric turning red opens one at the metric's escalation tier. */
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

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "response_due_at")
    public Instant responseDueAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;
}
