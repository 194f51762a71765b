package dev.tandem.metric;

import java.time.Duration;

/** How often a metric is expected to get a reading; two missed cadences make its status UNKNOWN. */
public enum Cadence {
    DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7)), MONTHLY(Duration.ofDays(31)), QUARTERLY(Duration.ofDays(92));

    private final Duration period;

    Cadence(Duration period) {
        this.period = period;
    }

    public Duration period() {
        return period;
    }
}
