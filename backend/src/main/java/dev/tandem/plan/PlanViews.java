package dev.tandem.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.organization.OrganizationView;
import dev.tandem.partnership.MemberRole;
import dev.tandem.person.PersonView;

/**
 * The plan as the API shows it. Each view carries, hidden from the schema, what its nested fields need to
 * decide what the viewer may do: the viewer's role and email, and the plan version's status.
 */
public final class PlanViews {

    private PlanViews() {
    }

    /** Who is looking, for the viewerCan* fields of nested items: role is null for integrators. */
    public record PlanViewer(MemberRole role, String email, UUID organizationId, boolean accepted) {

        boolean steers() {
            return accepted && (role == MemberRole.SPONSOR || role == MemberRole.STEERING);
        }

        boolean sponsors() {
            return accepted && role == MemberRole.SPONSOR;
        }

        boolean isPerson() {
            return role != null;
        }
    }

    @Name("JointExecutionPlan")
    @Description("One version of a partnership's Joint Execution Plan: objectives with key results, workstreams with deliverables, and risks.")
    public record PlanView(
            @Id @NonNull @Description("The id of this version (each version has its own).") String id,
            @Description("The version number: 1, 2, 3 ...") int version,
            @NonNull @Description("Where this version stands: DRAFT, PROPOSED, RATIFIED or SUPERSEDED.") PlanStatus status,
            @Description("Counts the edits of this version; proposing, ratifying and updating send it back.") int revision,
            @Description("Why this version was started (versions 2 and later).") String amendmentReason,
            @Description("When the parties next review the plan, a date (yyyy-MM-dd); null when not set.") LocalDate nextReviewOn,
            @NonNull @Description("When this version was started.") Instant createdAt,
            @Description("The viewer may edit this version: a sponsor or steering member of an accepted party, while it is DRAFT or PROPOSED.") boolean viewerCanEdit,
            @Description("The viewer may propose this version for ratification: a sponsor, while it is DRAFT.") boolean viewerCanPropose,
            @Description("The viewer may ratify this version for their party: a sponsor whose party has not ratified it yet, while it is PROPOSED.") boolean viewerCanRatify,
            @Description("The viewer may start the next version from this one: a sponsor or steering member, when this is the newest version and RATIFIED.") boolean viewerCanAmend,
            @Ignore UUID partnershipId,
            @Ignore PlanViewer viewer) {

        UUID uuid() {
            return UUID.fromString(id);
        }
    }

    @Name("Ratification")
    @Description("Whether one accepted party ratified a plan version.")
    public record RatificationView(
            @NonNull @Description("The party.") OrganizationView organization,
            @Description("Its sponsor ratified this version.") boolean ratified,
            @Description("The sponsor who ratified it; null until ratified.") PersonView by,
            @Description("When it was ratified; null until ratified.") Instant at) {
    }

    @Name("PlanWarning")
    @Description("Advice about a vague plan; not an error.")
    public record WarningView(
            @NonNull @Description("What kind of vagueness: OBJECTIVE_TOO_FEW_KEY_RESULTS, OBJECTIVE_TOO_MANY_KEY_RESULTS, DELIVERABLE_MISSING_OWNER, DELIVERABLE_MISSING_DUE_DATE or DELIVERABLE_MISSING_DEFINITION_OF_DONE.") String code,
            @NonNull @Description("The advice in plain words, naming the item.") String message,
            @Id @Description("The id of the objective or deliverable it is about.") String subjectId) {
    }

    @Name("RiskHeatCell")
    @Description("One cell of the risk heat map: the risks with this probability and impact.")
    public record HeatCellView(
            @Description("Probability on a scale of 1 (lowest) to 5 (highest).") int probability,
            @Description("Impact on a scale of 1 (lowest) to 5 (highest).") int impact,
            @Description("Probability × impact, 1 to 25.") int score,
            @NonNull @Description("The plan's risks in this cell; empty when none.") List<@NonNull RiskView> risks) {
    }

    @Name("Objective")
    @Description("What the partners want to achieve together, in one plan version; its key results say whether it is met.")
    public record ObjectiveView(
            @Id @NonNull @Description("The objective's id in this plan version.") String id,
            @NonNull @Description("The objective in a few words.") String title,
            @Description("More about the objective; null when none.") String description,
            @Description("Send it back with edits: a stale version is refused with CONFLICT.") int version,
            @Ignore UUID planId, @Ignore UUID partnershipId, @Ignore PlanStatus planStatus, @Ignore PlanViewer viewer) {
    }

    @Name("KeyResult")
    @Description("A measurable result that says whether an objective is met: from baseline to target, with each party's check-ins.")
    public record KeyResultView(
            @Id @NonNull @Description("The key result's id in this plan version.") String id,
            @NonNull @Description("The result in a few words.") String title,
            @Description("Where it starts, in its unit; null when not set.") BigDecimal baseline,
            @Description("Where it should get to, in its unit; null when not set.") BigDecimal target,
            @Description("The unit of baseline, target and check-in values, e.g. % or EUR; null when none.") String unit,
            @Description("Send it back with edits: a stale version is refused with CONFLICT.") int version, @Ignore UUID lineage, @Ignore UUID partnershipId, @Ignore UUID metricId,
            @Ignore UUID planId, @Ignore PlanViewer viewer) {

        public UUID linkedMetric() {
            return metricId;
        }
    }

    @Name("CheckIn")
    @Description("One party's check-in on a key result: where it stands and how confident the party is.")
    public record CheckInView(
            @Id @NonNull @Description("The check-in's id.") String id,
            @Description("The key result's value at the check-in, in its unit; null when not given.") BigDecimal value,
            @Description("The party's confidence that the key result will be met, 0 (none) to 10 (certain).") int confidence,
            @Description("What the party adds in words; null when nothing.") String comment,
            @NonNull @Description("The party that checked in.") OrganizationView organization,
            @Description("The person who checked in; null when not known.") PersonView by,
            @NonNull @Description("When the party checked in.") Instant at) {
    }

    @Name("PartyConfidence")
    @Description("One accepted party's latest confidence in a key result.")
    public record PartyConfidenceView(
            @NonNull @Description("The party.") OrganizationView organization,
            @Description("Its latest confidence, 0 to 10; null until it checked in.") Integer confidence,
            @Description("When it last checked in; null until it did.") Instant at) {
    }

    @Name("Workstream")
    @Description("A stream of work in one plan version, with one lead per party and its deliverables.")
    public record WorkstreamView(
            @Id @NonNull @Description("The workstream's id in this plan version.") String id,
            @NonNull @Description("The workstream's name.") String name,
            @Description("Send it back with edits: a stale version is refused with CONFLICT.") int version,
            @Description("The viewer may edit it and its deliverables: a steering member or sponsor of an accepted party, or one of its leads, while the plan is DRAFT or PROPOSED.") boolean viewerCanEdit,
            @Ignore UUID planId, @Ignore PlanStatus planStatus, @Ignore PlanViewer viewer, @Ignore boolean viewerLeads) {
    }

    @Name("Deliverable")
    @Description("Something a workstream delivers: a definition of done, a due date, one owner per party and the deliverables it depends on.")
    public record DeliverableView(
            @Id @NonNull @Description("The deliverable's id in this plan version.") String id,
            @NonNull @Description("The deliverable in a few words.") String title,
            @NonNull @Description("One sentence saying when it is done; empty when not written yet.") String definitionOfDone,
            @Description("When it is due, a date (yyyy-MM-dd); null when not set.") LocalDate dueOn,
            @NonNull @Description("Where it stands.") DeliverableStatus status,
            @Description("Whether it is a milestone, whose criticalPath shows the chain of prerequisites that drives it.") boolean milestone,
            @Description("Send it back with edits: a stale version is refused with CONFLICT.") int version,
            @Description("The viewer may edit it: a steering member or sponsor of an accepted party, or a lead of its workstream, while the plan is DRAFT or PROPOSED.") boolean viewerCanEdit,
            @Description("The viewer may set its status: an owner, a lead of its workstream or a steering member or sponsor of an accepted party, unless the version is SUPERSEDED.") boolean viewerCanUpdateStatus,
            @Ignore UUID planId, @Ignore PlanStatus planStatus, @Ignore PlanViewer viewer) {
    }

    @Name("Risk")
    @Description("Something that could go wrong with the plan: probability and impact from 1 to 5, a mitigation and an owner.")
    public record RiskView(
            @Id @NonNull @Description("The risk's id in this plan version.") String id,
            @NonNull @Description("The risk in a few words.") String title,
            @Description("Probability on a scale of 1 (lowest) to 5 (highest).") int probability,
            @Description("Impact on a scale of 1 (lowest) to 5 (highest).") int impact,
            @Description("Probability × impact, 1 to 25.") int score,
            @Description("What the parties do about it; null when not written yet.") String mitigation,
            @Description("Send it back with edits: a stale version is refused with CONFLICT.") int version, @Ignore String ownerEmail, @Ignore UUID deliverableId, @Ignore UUID keyResultId, @Ignore UUID partnershipId,
            @Ignore UUID planId, @Ignore PlanStatus planStatus, @Ignore PlanViewer viewer) {
    }

    @Name("PlanDiff")
    @Description("What changed from one version of a plan to another; items are matched across versions even when renamed.")
    public record PlanDiffView(
            @NonNull @Description("The earlier version compared.") PlanView from,
            @NonNull @Description("The later version compared.") PlanView to,
            @NonNull @Description("The items added, removed and changed; empty when the versions have the same content.") List<@NonNull PlanChangeView> changes) {
    }

    @Description("How an item differs from one plan version to the other.")
    public enum PlanChangeKind {
        @Description("In the later version only.")
        ADDED,
        @Description("In the earlier version only.")
        REMOVED,
        @Description("In both, with some fields changed.")
        CHANGED
    }

    @Name("PlanChange")
    @Description("One item of the plan added, removed or changed between two versions.")
    public record PlanChangeView(
            @NonNull @Description("Added, removed or changed.") PlanChangeKind kind,
            @NonNull @Description("What kind of item: Plan, Objective, KeyResult, Workstream, Deliverable or Risk.") String itemType,
            @NonNull @Description("The item's title (a workstream's name; \"Version n\" for the plan itself), as in the later version when it is there.") String itemTitle,
            @NonNull @Description("For CHANGED, the fields that differ; empty for ADDED and REMOVED.") List<@NonNull FieldChangeView> fields) {
    }

    @Name("FieldChange")
    @Description("One field of a plan item that differs between two versions, both values as text.")
    public record FieldChangeView(
            @NonNull @Description("The field's name, e.g. title, dueOn, owners.") String field,
            @Description("The value in the earlier version; null when it had none.") String from,
            @Description("The value in the later version; null when it has none.") String to) {
    }
}
