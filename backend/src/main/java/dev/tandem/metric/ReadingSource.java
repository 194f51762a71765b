package dev.tandem.metric;

import org.eclipse.microprofile.graphql.Description;

/** Where a reading came from. */
@Description("Where a metric reading came from.")
public enum ReadingSource {
    @Description("Recorded by a person.")
    MANUAL,
    @Description("Recorded by an integrator client of the owning party.")
    INTEGRATION,
    @Description("Recorded from a health survey.")
    SURVEY
}
