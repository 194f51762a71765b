package dev.tandem.governance;

import org.eclipse.microprofile.graphql.Description;

/** A party's part in a type of decision (RACI). */
@Description("A party's part in a type of decision (RACI).")
public enum DecisionRole {
    @Description("Does the work the decision needs.")
    RESPONSIBLE,
    @Description("Decides: a decision of this type is recorded only with a person of every accountable party.")
    ACCOUNTABLE,
    @Description("Is asked before the decision.")
    CONSULTED,
    @Description("Is told after the decision.")
    INFORMED
}
