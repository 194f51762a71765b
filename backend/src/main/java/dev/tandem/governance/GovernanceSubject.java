package dev.tandem.governance;

import org.eclipse.microprofile.graphql.Description;

/** What a governance change is about. */
@Description("What a governance change is about.")
public enum GovernanceSubject {
    @Description("An escalation: opened, red again, back to green, acknowledged, given a position, raised, climbed or resolved.")
    ESCALATION,
    @Description("A meeting: minuted, moved, cancelled or given an agenda item.")
    MEETING,
    @Description("A decision recorded at a meeting.")
    DECISION,
    @Description("An action item: added, done or reopened.")
    ACTION_ITEM,
    @Description("The decision-rights matrix: a change proposed, approved by a party, or agreed.")
    DECISION_RIGHTS,
    @Description("A governance tier's cadence, members or response time.")
    TIER;

    /** The subject of an audited change, by the audit trail's entity type. */
    static GovernanceSubject ofEntityType(String entityType) {
        return switch (entityType) {
            case "Escalation" -> ESCALATION;
            case "Meeting" -> MEETING;
            case "Decision" -> DECISION;
            case "ActionItem" -> ACTION_ITEM;
            case "DecisionRight" -> DECISION_RIGHTS;
            case "GovernanceTier" -> TIER;
            default -> throw new IllegalArgumentException("Not a governance entity type: " + entityType);
        };
    }
}
