package dev.tandem.governance;

import org.eclipse.microprofile.graphql.Description;

/** The kinds of decision the decision-rights matrix names. */
@Description("What kind of decision it is: the decision-rights matrix says who must take it.")
public enum DecisionType {
    @Description("A change to what the partnership delivers.")
    SCOPE_CHANGE,
    @Description("Spending above the agreed threshold.")
    BUDGET_OVER_THRESHOLD,
    @Description("Amending the Joint Execution Plan.")
    PLAN_AMENDMENT,
    @Description("Defining a metric or changing its thresholds or target.")
    METRIC_CHANGE,
    @Description("Adding or removing a party.")
    PARTY_CHANGE,
    @Description("Any other decision.")
    OTHER
}
