package dev.tandem.metric;

import org.eclipse.microprofile.graphql.Description;

/** Whether more is better. */
@Description("Whether a higher or a lower value of a metric is better; decides how the thresholds rate a reading.")
public enum Direction {
    @Description("At or below the red threshold is RED, below the amber threshold AMBER, else GREEN.")
    HIGHER_IS_BETTER,
    @Description("At or above the red threshold is RED, above the amber threshold AMBER, else GREEN.")
    LOWER_IS_BETTER
}
