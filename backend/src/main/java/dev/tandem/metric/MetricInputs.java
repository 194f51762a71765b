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
    @Description("A new metric of a partnership with its thresholds; for HIGHER_IS_BETTER red < amber ≤ target, mirrored for LOWER_IS_BETTER.")
    public record Define(@Id @NonNull @Description("The partnership.") String partnershipId,
            @NonNull @Description("The metric's name, up to 120 characters.") String name,
            @NonNull @Description("What the metric measures.") MetricKind kind,
            @Description("The unit of its values, up to 40 characters.") String unit,
            @NonNull @Description("Whether higher or lower values are better.") Direction direction,
            @Description("The value the partners aim for.") BigDecimal target,
            @NonNull @Description("Where AMBER begins.") BigDecimal amberThreshold,
            @NonNull @Description("Where RED begins.") BigDecimal redThreshold,
            @NonNull @Description("How often a reading is expected.") Cadence cadence,
            @NonNull @Description("Slug of the accepted party that owns the metric.") String owningParty,
            @NonNull @Description("The governance tier where an escalation opens when the metric turns RED.") Tier escalationTier) {
    }

    @Input("UpdateMetricInput")
    @Description("Changes a metric; fields left out stay as they are. The thresholds must still make sense with the direction.")
    public record Update(@Id @NonNull @Description("The metric.") String id,
            @Description("The version you read: a stale one fails with CONFLICT.") int version,
            @Description("The new name, up to 120 characters.") String name,
            @Description("The new unit, up to 40 characters; null clears it.") String unit,
            @Description("The new target; null clears it.") BigDecimal target,
            @Description("The new amber threshold.") BigDecimal amberThreshold,
            @Description("The new red threshold.") BigDecimal redThreshold,
            @Description("The new cadence.") Cadence cadence,
            @Description("The new escalation tier.") Tier escalationTier) {
    }

    @Input("RecordMetricReadingInput")
    @Description("One reading of a metric.")
    public record Reading(@Id @NonNull @Description("The metric.") String metricId,
            @NonNull @Description("The value in the metric's unit: below 10^14 in size, at most 6 decimals.") BigDecimal value,
            @NonNull @Description("When the value was observed: from 2000 on, at most 5 minutes in the future.") Instant observedAt,
            @Description("Optional idempotency key from the integrator: the same key for the same metric records once.") String sourceKey) {
    }

    @Input("DecideMetricChangeInput")
    @Description("Agrees to, or turns down, the change to a metric's target and thresholds that another party proposed.")
    public record DecideChange(@Id @NonNull @Description("The metric.") String metricId,
            @Description("The version you read: a stale one fails with CONFLICT.") int version,
            @Description("True puts the proposed target and thresholds in force; false drops the proposal.") boolean agree) {
    }
}
