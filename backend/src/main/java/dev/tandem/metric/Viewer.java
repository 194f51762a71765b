package dev.tandem.metric;

import java.util.UUID;

import dev.tandem.common.security.Caller;
import dev.tandem.partnership.MemberRole;
import dev.tandem.partnership.PartnershipAccess;
import dev.tandem.partnership.PartnershipView;

/** Who looks at a metric, for its viewerCan* fields. */
record Viewer(MemberRole role, UUID organizationId, boolean accepted, boolean integrator) {

    static Viewer of(PartnershipView partnership, Caller caller) {
        return new Viewer(partnership.viewerRole(), partnership.viewerOrganizationId(), partnership.viewerPartyAccepted(), !caller.isPerson());
    }

    static Viewer of(PartnershipAccess.Access granted) {
        var standing = granted.standing();
        return new Viewer(standing.role(), granted.organization().id, standing.accepted(), !standing.caller().isPerson());
    }

    boolean canRecord(Metric metric) {
        return accepted && metric.owningOrgId.equals(organizationId) && (integrator || role != MemberRole.VIEWER);
    }

    boolean canEdit() {
        return accepted && !integrator && (role == MemberRole.SPONSOR || role == MemberRole.STEERING);
    }
}
