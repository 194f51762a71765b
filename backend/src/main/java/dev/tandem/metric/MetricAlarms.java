package dev.tandem.metric;

import java.time.Instant;

import io.smallrye.mutiny.Uni;

/**
 * What a metric's status move means beyond the metric, in the same unit of work: governance implements it
 * (escalations), so metric announces without importing the package above it.
 */
public interface MetricAlarms {

    /** The metric turned RED on this reading. */
    Uni<Void> turnedRed(Metric metric, MetricReading reading, Instant at);

    /** The metric is GREEN again (it was not before). */
    Uni<Void> backToGreen(Metric metric, Instant at);
}
