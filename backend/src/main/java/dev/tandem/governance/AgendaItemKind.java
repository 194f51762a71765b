package dev.tandem.governance;

import org.eclipse.microprofile.graphql.Description;

/** What an agenda item is about, in the order a meeting takes them. */
@Description("What an agenda item is about; a meeting takes them in this order.")
public enum AgendaItemKind {
    @Description("A metric that is RED.")
    RED_METRIC,
    @Description("A metric that is AMBER.")
    AMBER_METRIC,
    @Description("An unresolved escalation waiting on this tier.")
    ESCALATION,
    @Description("An action item past its due date.")
    OVERDUE_ACTION,
    @Description("A deliverable of the plan in force that is BLOCKED or AT_RISK.")
    DELIVERABLE_AT_RISK,
    @Description("A health-pulse item a party rated red, or one where the parties see things most differently.")
    SURVEY_FLAG,
    @Description("An item someone added by hand.")
    MANUAL
}
