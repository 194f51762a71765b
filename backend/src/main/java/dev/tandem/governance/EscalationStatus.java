package dev.tandem.governance;

import org.eclipse.microprofile.graphql.Description;

/** Where an escalation stands: OPEN until its tier takes it up, ACKNOWLEDGED while it is worked on, RESOLVED with an outcome. */
@Description("Where an escalation stands.")
public enum EscalationStatus {
    @Description("Waiting for its tier to take it up; past its response time it climbs to the next tier by itself.")
    OPEN,
    @Description("Its tier has taken it up and works on it; it no longer climbs by itself.")
    ACKNOWLEDGED,
    @Description("Decided, with an outcome; a metric that turns red again opens a new one.")
    RESOLVED
}
