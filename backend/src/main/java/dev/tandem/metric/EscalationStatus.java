package dev.tandem.metric;

import org.eclipse.microprofile.graphql.Description;

/** Whether an escalation still waits for an answer. */
@Description("Whether an escalation still waits for an answer.")
public enum EscalationStatus {
    @Description("Waiting for an answer from its tier.")
    OPEN,
    @Description("Dealt with; no longer waiting.")
    RESOLVED
}
