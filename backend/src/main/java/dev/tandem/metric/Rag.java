package dev.tandem.metric;

import org.eclipse.microprofile.graphql.Description;

/** Green/amber/red status of a metric, or UNKNOWN without a recent reading. Ordered from best to worst known. */
@Description("Green/amber/red status of a metric or reading from its thresholds, or UNKNOWN without a recent reading.")
public enum Rag {
    @Description("On track: not past the amber threshold.")
    GREEN,
    @Description("Needs attention: past the amber threshold but not the red one.")
    AMBER,
    @Description("Off track: at or past the red threshold; turning RED opens an escalation.")
    RED,
    @Description("Not known: no reading within two cadences (for a partnership's health: no metric's status is known).")
    UNKNOWN
}
