package dev.tandem.metric;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.tandem.common.Clock;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Readings Tandem records itself when a survey round closes (source SURVEY): the partnership's health (0 to 10)
 * and its partners' net promoter score, each metric created with sensible thresholds when missing. A reading
 * takes the same path as any other (status change, escalation, live alert); its source key makes it record once.
 * Runs inside the caller's unit of work.
 */
@ApplicationScoped
public class SurveyReadings {

    /** Which survey figure a reading carries. */
    public enum Figure {
        HEALTH("Partnership health (survey)", "/10", "8", "7", "5"),
        NPS("Partner NPS (survey)", "NPS", "30", "10", "0");

        final String name;
        final String unit;
        final BigDecimal target;
        final BigDecimal amber;
        final BigDecimal red;

        Figure(String name, String unit, String target, String amber, String red) {
            this.name = name;
            this.unit = unit;
            this.target = new BigDecimal(target);
            this.amber = new BigDecimal(amber);
            this.red = new BigDecimal(red);
        }
    }

    private final MetricRepository metrics;
    private final StatusTransitions transitions;

    public SurveyReadings(MetricRepository metrics, StatusTransitions transitions) {
        this.metrics = metrics;
        this.transitions = transitions;
    }

    /** Records {@code value} for the partnership's metric of this figure, once per {@code sourceKey}. */
    public Uni<Void> record(UUID partnershipId, UUID owningOrgId, Figure figure, BigDecimal value, Instant observedAt, String sourceKey) {
        return metricOf(partnershipId, owningOrgId, figure)
                .chain(metric -> metrics.lockByIds(List.of(metric.id)))
                .chain(locked -> metrics.bySourceKeys(List.of(locked.get(0).id), List.of(sourceKey))
                        .chain(existing -> existing.isEmpty() ? store(locked.get(0), value, observedAt, sourceKey) : Uni.createFrom().voidItem()));
    }

    private Uni<Metric> metricOf(UUID partnershipId, UUID owningOrgId, Figure figure) {
        String unitRule = figure == Figure.NPS ? "unit = 'NPS'" : "(unit is null or unit <> 'NPS')";
        return Metric.<Metric>find("partnershipId = ?1 and kind = ?2 and " + unitRule + " order by createdAt", partnershipId, MetricKind.HEALTH)
                .firstResult()
                .chain(found -> found != null ? Uni.createFrom().item(found) : create(partnershipId, owningOrgId, figure));
    }

    private static Uni<Metric> create(UUID partnershipId, UUID owningOrgId, Figure figure) {
        Metric metric = new Metric();
        metric.id = UUID.randomUUID();
        metric.partnershipId = partnershipId;
        metric.name = figure.name;
        metric.kind = MetricKind.HEALTH;
        metric.unit = figure.unit;
        metric.direction = Direction.HIGHER_IS_BETTER;
        metric.target = figure.target;
        metric.amberThreshold = figure.amber;
        metric.redThreshold = figure.red;
        metric.cadence = Cadence.QUARTERLY;
        metric.owningOrgId = owningOrgId;
        metric.escalationTier = Tier.STEERING;
        metric.status = Rag.UNKNOWN;
        metric.createdAt = Clock.now();
        return metric.persist();
    }

    private Uni<Void> store(Metric metric, BigDecimal value, Instant observedAt, String sourceKey) {
        Instant now = Clock.now();
        MetricReading reading = new MetricReading();
        reading.id = UUID.randomUUID();
        reading.metricId = metric.id;
        reading.value = value;
        reading.observedAt = observedAt;
        reading.status = MetricRules.status(value, metric.direction, metric.amberThreshold, metric.redThreshold);
        reading.source = ReadingSource.SURVEY;
        reading.sourceKey = sourceKey;
        reading.recordedBy = "tandem:survey";
        reading.recordedAt = now;
        return reading.persist()
                .chain(() -> transitions.apply(List.of(reading), Map.of(metric.id, metric), now))
                .chain(() -> metrics.flush());
    }
}
