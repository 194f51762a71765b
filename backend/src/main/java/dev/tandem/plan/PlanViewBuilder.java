package dev.tandem.plan;

import java.util.List;
import java.util.UUID;

import dev.tandem.partnership.PartnershipView;
import dev.tandem.plan.PlanRepository.Assignee;
import dev.tandem.plan.PlanRepository.Ratification;
import dev.tandem.plan.PlanViews.DeliverableView;
import dev.tandem.plan.PlanViews.KeyResultView;
import dev.tandem.plan.PlanViews.PlanView;
import dev.tandem.plan.PlanViews.PlanViewer;
import dev.tandem.plan.PlanViews.RiskView;

/**
 * Turns plan rows into the views one viewer sees, with what that viewer may do to each (edit, propose,
 * ratify, amend, update). The readers and the services answering a mutation build views here, so a
 * permission reads the same wherever the item comes from.
 */
final class PlanViewBuilder {

    private PlanViewBuilder() {
    }

    static PlanViewer viewerOf(PartnershipView partnership, String viewerEmail) {
        return new PlanViewer(partnership.viewerRole(), viewerEmail, partnership.viewerOrganizationId(), partnership.viewerPartyAccepted());
    }

    static PlanView view(Plan plan, PlanViewer viewer, List<Ratification> ratifications, int newestNumber) {
        boolean ratifiedByViewer = ratifications.stream()
                .anyMatch(r -> r.planId().equals(plan.id) && r.organizationId().equals(viewer.organizationId()));
        return new PlanView(plan.id.toString(), plan.number, plan.status, plan.revision, plan.amendmentReason, plan.nextReviewOn,
                plan.createdAt,
                viewer.steers() && plan.editable(),
                viewer.sponsors() && plan.status == PlanStatus.DRAFT,
                viewer.sponsors() && plan.status == PlanStatus.PROPOSED && !ratifiedByViewer,
                viewer.steers() && plan.status == PlanStatus.RATIFIED && plan.number == newestNumber,
                plan.partnershipId, viewer);
    }

    static KeyResultView keyResultView(KeyResult k, UUID partnershipId, PlanViewer viewer) {
        return new KeyResultView(k.id.toString(), k.title, k.baseline, k.target, k.unit, k.version, k.lineage, partnershipId, k.metricId,
                k.planId, viewer);
    }

    static DeliverableView deliverableView(Deliverable d, PlanStatus planStatus, PlanViewer viewer, boolean leads, boolean owns) {
        boolean canEdit = editable(planStatus) && (viewer.steers() || leads);
        boolean canUpdate = planStatus != PlanStatus.SUPERSEDED && viewer.accepted() && (viewer.steers() || leads || owns);
        return new DeliverableView(d.id.toString(), d.title, d.definitionOfDone == null ? "" : d.definitionOfDone, d.dueOn, d.status,
                d.milestone, d.version, canEdit, canUpdate, d.planId, planStatus, viewer);
    }

    static RiskView riskView(Risk r, PlanView plan) {
        return new RiskView(r.id.toString(), r.title, r.probability, r.impact, r.score(), r.mitigation, r.version, r.ownerEmail,
                r.deliverableId, r.keyResultId, plan.partnershipId(), r.planId, plan.status(), plan.viewer());
    }

    static boolean editable(PlanStatus status) {
        return status == PlanStatus.DRAFT || status == PlanStatus.PROPOSED;
    }

    /** Whether the viewer is among the item's leads or owners. */
    static boolean viewerAmong(PlanViewer viewer, List<Assignee> assignees, UUID itemId) {
        return viewer.email() != null && assignees.stream().anyMatch(a -> a.itemId().equals(itemId) && a.email().equals(viewer.email()));
    }
}
