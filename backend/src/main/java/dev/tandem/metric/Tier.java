package dev.tandem.metric;

import org.eclipse.microprofile.graphql.Description;

/** The governance tier that deals with something: EXECUTION (weekly), STEERING (monthly), STRATEGIC (quarterly). */
@Description("The governance tier that deals with something, such as a metric turning red.")
public enum Tier {
    @Description("The working level, meeting weekly or every two weeks.")
    EXECUTION,
    @Description("The steering committee, meeting monthly.")
    STEERING,
    @Description("The executive level, meeting quarterly or at major milestones.")
    STRATEGIC
}
