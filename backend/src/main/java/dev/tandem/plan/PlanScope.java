package dev.tandem.plan;

import java.util.UUID;

import dev.tandem.partnership.PartnershipAccess.Access;
import dev.tandem.plan.PlanViews.PlanViewer;

/** A plan version with the caller's access to its partnership; the plan row is locked for this transaction. */
record PlanScope(Access access, Plan plan) {

    PlanViewer viewer() {
        var standing = access.standing();
        return new PlanViewer(standing.role(), standing.caller().email(), access.organization().id, standing.accepted());
    }

    UUID partnershipId() {
        return plan.partnershipId;
    }
}
