package dev.tandem.metric;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A metric's status moved because of a reading. Written in the reading's transaction; {@code seq} orders all
 * changes, and is what subscribers resume from.
 */
@Entity
@Table(name = "metric_status_change")
public class MetricStatusChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "metric_id", nullable = false)
    public UUID metricId;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rag previous;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rag current;

    @Column(name = "reading_id", nullable = false)
    public UUID readingId;

    @Column(nullable = false)
    public Instant at;
}
