package dev.tandem.plan;

import org.eclipse.microprofile.graphql.Description;

/** Life of one plan version: drafted, proposed for ratification, ratified by every party, then superseded by the next. */
@Description("Where one version of a Joint Execution Plan stands: drafted, proposed, ratified by every party, then superseded by the next.")
public enum PlanStatus {
    @Description("Being edited by the sponsors and steering members; not in force yet.")
    DRAFT,
    @Description("Proposed for ratification by each party's sponsor; an edit sends it back to DRAFT.")
    PROPOSED,
    @Description("Ratified by every accepted party: the plan in force.")
    RATIFIED,
    @Description("Was in force until a later version was ratified.")
    SUPERSEDED
}
