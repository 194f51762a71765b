package dev.tandem.metric;

import java.time.Duration;

import org.eclipse.microprofile.graphql.Description;

/** How often a metric is expected to get a reading; two missed cadences make its status UNKNOWN. */
@Description("How often a metric is expected to get a reading; with none within two periods its status is UNKNOWN.")
public enum Cadence {
    @Description("A reading every day.")
    DAILY(Duration.ofDays(1)),
    @Description("A reading every week (7 days).")
    WEEKLY(Duration.ofDays(7)),
    @Description("A reading every month (counted as 31 days).")
    MONTHLY(Duration.ofDays(31)),
    @Description("A reading every quarter (counted as 92 days).")
    QUARTERLY(Duration.ofDays(92));

    private final Duration period;

    Cadence(Duration period) {
        this.period = period;
    }

    public Duration period() {
        return period;
    }
}
