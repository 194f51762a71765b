package dev.tandem.partnership;

import org.eclipse.microprofile.graphql.Description;

/** A person's role in one partnership: decides what they may change. Anyone of a party without a role is a VIEWER. */
@Description("A person's role in one partnership: decides what they may change. Anyone of a party without a role is a VIEWER.")
public enum MemberRole {
    @Description("Their party's executive sponsor: edits the partnership, drafts the plan, defines metrics, and proposes and ratifies plan versions for their party.")
    SPONSOR,
    @Description("A steering member: drafts and amends the plan, defines metrics, edits every workstream and updates any deliverable's status.")
    STEERING,
    @Description("Leads workstreams: edits the workstreams they lead and their deliverables.")
    LEAD,
    @Description("Contributes to the work: records readings of their party's metrics and, as a deliverable's owner, updates its status.")
    CONTRIBUTOR,
    @Description("Reads only; anyone of a party without a role.")
    VIEWER
}
