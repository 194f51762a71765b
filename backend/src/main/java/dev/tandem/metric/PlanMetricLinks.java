package dev.tandem.metric;

import java.util.UUID;

import dev.tandem.plan.MetricLinks;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Answers plan's question whether a key result may link a metric: one of the same partnership. */
@ApplicationScoped
public class PlanMetricLinks implements MetricLinks {

    private final MetricRepository metrics;

    public PlanMetricLinks(MetricRepository metrics) {
        this.metrics = metrics;
    }

    @Override
    public Uni<Boolean> isMetricOf(UUID partnershipId, UUID metricId) {
        return metrics.count("id = ?1 and partnershipId = ?2", metricId, partnershipId)
                .map(count -> count > 0);
    }
}
