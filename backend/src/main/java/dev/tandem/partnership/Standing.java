package dev.tandem.partnership;

import dev.tandem.common.security.Caller;

/**
 * The caller's standing in one partnership: their organisation's party and their role. Decides what
 * they may change (DESIGN.md, access rules).
 */
record Standing(Caller caller, Party party, MemberRole role) {

    static Standing of(Caller caller, Party party, Member member) {
        MemberRole role = !caller.isPerson() ? null : member != null ? member.role : MemberRole.VIEWER;
        return new Standing(caller, party, role);
    }

    boolean accepted() {
        return party != null && party.accepted();
    }

    /** Charter, governance model and status: a sponsor of an accepted party. */
    boolean canEdit() {
        return caller.isPerson() && accepted() && role == MemberRole.SPONSOR;
    }

    /** Invite another organisation: a partner-admin of an accepted party. */
    boolean canInvite() {
        return accepted() && caller.isPartnerAdmin();
    }

    /** Accept for the caller's invited organisation: its sponsor or partner-admin. */
    boolean canAccept() {
        return caller.isPerson() && party != null && !party.accepted() && (role == MemberRole.SPONSOR || caller.isPartnerAdmin());
    }

    /** Set roles of people of the caller's own party: its sponsor or partner-admin. */
    boolean canManageMembers() {
        return caller.isPerson() && party != null && (role == MemberRole.SPONSOR || caller.isPartnerAdmin());
    }
}
