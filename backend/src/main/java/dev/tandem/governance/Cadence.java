package dev.tandem.governance;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** How often a governance tier meets. */
@Name("MeetingCadence")
@Description("How often a governance tier meets.")
public enum Cadence {
    @Description("Every week, on the tier's weekday.")
    WEEKLY,
    @Description("Every other week, on the tier's weekday, counted from the partnership's start.")
    EVERY_TWO_WEEKS,
    @Description("The first of the tier's weekday in every month.")
    MONTHLY,
    @Description("The first of the tier's weekday in January, April, July and October.")
    QUARTERLY
}
