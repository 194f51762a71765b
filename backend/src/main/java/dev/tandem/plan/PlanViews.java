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
    public record PlanView(
            @Id @NonNull String id,
            @Description("The version number: 1, 2, 3 ...") int version,
            @NonNull PlanStatus status,
            @Description("Counts the edits of this version; proposing, ratifying and updating send it back.") int revision,
            @Description("Why this version was started (versions 2 and later).") String amendmentReason,
            LocalDate nextReviewOn,
            @NonNull Instant createdAt,
            boolean viewerCanEdit,
            boolean viewerCanPropose,
            boolean viewerCanRatify,
            boolean viewerCanAmend,
            @Ignore UUID partnershipId,
            @Ignore PlanViewer viewer) {

        UUID uuid() {
            return UUID.fromString(id);
        }
    }

    @Name("Ratification")
    public record RatificationView(@NonNull OrganizationView organization, boolean ratified, PersonView by, Instant at) {
    }

    @Name("PlanWarning")
    @Description("Advice about a vague plan; not an error.")
    public record WarningView(@NonNull String code, @NonNull String message, @Id String subjectId) {
    }

    @Name("RiskHeatCell")
    public record HeatCellView(int probability, int impact, int score, @NonNull List<@NonNull RiskView> risks) {
    }

    @Name("Objective")
    public record ObjectiveView(@Id @NonNull String id, @NonNull String title, String description, int version,
            @Ignore UUID partnershipId, @Ignore PlanStatus planStatus, @Ignore PlanViewer viewer) {
    }

    @Name("KeyResult")
    public record KeyResultView(@Id @NonNull String id, @NonNull String title, BigDecimal baseline, BigDecimal target, String unit,
            int version, @Ignore UUID lineage, @Ignore UUID partnershipId, @Ignore UUID metricId) {

        public UUID linkedMetric() {
            return metricId;
        }
    }

    @Name("CheckIn")
    public record CheckInView(@Id @NonNull String id, BigDecimal value, int confidence, String comment,
            @NonNull OrganizationView organization, PersonView by, @NonNull Instant at) {
    }

    @Name("PartyConfidence")
    public record PartyConfidenceView(@NonNull OrganizationView organization, Integer confidence, Instant at) {
    }

    @Name("Workstream")
    public record WorkstreamView(@Id @NonNull String id, @NonNull String name, int version, boolean viewerCanEdit,
            @Ignore PlanStatus planStatus, @Ignore PlanViewer viewer, @Ignore boolean viewerLeads) {
    }

    @Name("Deliverable")
    public record DeliverableView(@Id @NonNull String id, @NonNull String title, @NonNull String definitionOfDone, LocalDate dueOn,
            @NonNull DeliverableStatus status, boolean milestone, int version, boolean viewerCanEdit, boolean viewerCanUpdateStatus,
            @Ignore UUID planId, @Ignore PlanStatus planStatus, @Ignore PlanViewer viewer) {
    }

    @Name("Risk")
    public record RiskView(@Id @NonNull String id, @NonNull String title, int probability, int impact, int score, String mitigation,
            int version, @Ignore String ownerEmail, @Ignore UUID deliverableId, @Ignore UUID keyResultId, @Ignore UUID partnershipId,
            @Ignore PlanStatus planStatus, @Ignore PlanViewer viewer) {
    }

    @Name("PlanDiff")
    public record PlanDiffView(@NonNull PlanView from, @NonNull PlanView to, @NonNull List<@NonNull PlanChangeView> changes) {
    }

    public enum PlanChangeKind { ADDED, REMOVED, CHANGED }

    @Name("PlanChange")
    public record PlanChangeView(@NonNull PlanChangeKind kind, @NonNull String itemType, @NonNull String itemTitle,
            @NonNull List<@NonNull FieldChangeView> fields) {
    }

    @Name("FieldChange")
    public record FieldChangeView(@NonNull String field, String from, String to) {
    }
}
