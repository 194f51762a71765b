package dev.tandem.partnership;

import dev.tandem.common.security.Caller;

/**
 * The caller's standing in one partnership: their organisation's party and their role. Decides what
 * they may change (DESIGN.md, access rules).
 */
public record Standing(Caller caller, Party party, MemberRole role) {

    public static Standing of(Caller caller, Party party, Member member) {
        MemberRole role = !caller.isPerson() ? null : member != null ? member.role : MemberRole.VIEWER;
        return new Standing(caller, party, role);
    }

    public boolean accepted() {
        return party != null && party.accepted();
    }

    /** Charter, governance model and status: a sponsor of an accepted party. */
    public boolean canEdit() {
        return caller.isPerson() && accepted() && role == MemberRole.SPONSOR;
    }

    /** Invite another organisation: a partner-admin of an accepted party. */
    public boolean canInvite() {
        return accepted() && caller.isPartnerAdmin();
    }

    /** Accept for the caller's invited organisation: its sponsor or partner-admin. */
    public boolean canAccept() {
        return caller.isPerson() && party != null && !party.accepted() && (role == MemberRole.SPONSOR || caller.isPartnerAdmin());
    }

    /** A person of an accepted party with the role SPONSOR or STEERING: shapes the plan. */
    public boolean steers() {
        return caller.isPerson() && accepted() && (role == MemberRole.SPONSOR || role == MemberRole.STEERING);
    }

    /** A person of an accepted party with the role SPONSOR: proposes and ratifies for its party. */
    public boolean sponsors() {
        return caller.isPerson() && accepted() && role == MemberRole.SPONSOR;
    }

    /** Record readings of a metric the owning organisation measures: that party, accepted, by its integrators or members but viewers. */
    public boolean canRecordReadingsOf(java.util.UUID owningOrganizationId) {
        return accepted() && party.organizationId.equals(owningOrganizationId) && (!caller.isPerson() || role != MemberRole.VIEWER);
    }

    /** Set roles of people of the caller's own party: its sponsor or partner-admin. */
    public boolean canManageMembers() {
        return caller.isPerson() && party != null && (role == MemberRole.SPONSOR || caller.isPartnerAdmin());
    }
}
