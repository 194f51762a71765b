package dev.tandem.metric;

import org.eclipse.microprofile.graphql.Description;

/** What a metric measures. */
@Description("What a metric measures.")
public enum MetricKind {
    @Description("Measures a key result of the plan.")
    KEY_RESULT,
    @Description("A leading indicator: moves before the outcome does, so it warns early.")
    LEADING_KPI,
    @Description("A lagging indicator: shows the outcome after the fact.")
    LAGGING_KPI,
    @Description("The health of the relationship between the parties, as people on both sides rate it.")
    HEALTH,
    @Description("The return on what the parties invest in the partnership.")
    ROI
}
