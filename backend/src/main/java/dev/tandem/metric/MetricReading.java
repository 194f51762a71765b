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
import jakarta.persistence.Table;

/** A value of a metric at a moment, with its status against the thresholds when recorded (the latest one is re-rated when they change). */
@Entity
@Table(name = "metric_reading")
public class MetricReading extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "metric_id", nullable = false)
    public UUID metricId;

    @Column(nullable = false)
    public BigDecimal value;

    @Column(name = "observed_at", nullable = false)
    public Instant observedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rag status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReadingSource source;

    @Column(name = "source_key")
    public String sourceKey;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
