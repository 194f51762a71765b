package dev.tandem.metric;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the metric mutations. */
public final class MetricInputs {

    private MetricInputs() {
    }

    @Input("DefineMetricInput")
    public record Define(@Id @NonNull String partnershipId, @NonNull String name, @NonNull MetricKind kind, String unit,
            @NonNull Direction direction, BigDecimal target, @NonNull BigDecimal amberThreshold, @NonNull BigDecimal redThreshold,
            @NonNull Cadence cadence, @NonNull @Description("Slug of the accepted party that owns the metric.") String owningParty,
            @NonNull Tier escalationTier) {
    }

    @Input("UpdateMetricInput")
    public record Update(@Id @NonNull String id, int version, String name, String unit, BigDecimal target, BigDecimal amberThreshold,
            BigDecimal redThreshold, Cadence cadence, Tier escalationTier) {
    }

    @Input("RecordMetricReadingInput")
    public record Reading(@Id @NonNull String metricId, @NonNull BigDecimal value, @NonNull Instant observedAt,
            @Description("Optional idempotency key from the integrator: the same key for the same metric records once.") String sourceKey) {
    }
}
