package dev.tandem.plan;

import java.util.UUID;

import io.smallrye.mutiny.Uni;

/**
 * Which metrics a key result may be measured by: implemented by the metric feature, which sits above
 * plan, so that plan checks a link without importing metric.
 */
public interface MetricLinks {

    /** True when the metric exists and belongs to the partnership (read in the current session). */
    Uni<Boolean> isMetricOf(UUID partnershipId, UUID metricId);
}
