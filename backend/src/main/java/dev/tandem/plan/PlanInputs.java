package dev.tandem.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the plan mutations. Emails name people of the parties; at most one per party. */
public final class PlanInputs {

    private PlanInputs() {
    }

    @Input("AmendPlanInput")
    public record Amend(@Id @NonNull String planId, @NonNull @Description("Why the ratified plan changes.") String reason) {
    }

    @Input("UpdatePlanInput")
    public record Update(@Id @NonNull String planId, int revision, LocalDate nextReviewOn) {
    }

    @Input("PlanRevisionInput")
    public record Revision(@Id @NonNull String planId, @Description("The revision you read.") int revision) {
    }

    @Input("AddObjectiveInput")
    public record AddObjective(@Id @NonNull String planId, @NonNull String title, String description) {
    }

    @Input("UpdateObjectiveInput")
    public record UpdateObjective(@Id @NonNull String id, int version, String title, String description) {
    }

    @Input("AddKeyResultInput")
    public record AddKeyResult(@Id @NonNull String objectiveId, @NonNull String title, BigDecimal baseline, BigDecimal target, String unit,
            @Id @Description("A metric of the partnership that measures it.") String metricId) {
    }

    @Input("UpdateKeyResultInput")
    public record UpdateKeyResult(@Id @NonNull String id, int version, String title, BigDecimal baseline, BigDecimal target, String unit,
            @Id @Description("A metric of the partnership that measures it; blank unlinks it.") String metricId) {
    }

    @Input("CheckInInput")
    public record CheckIn(@Id @NonNull String keyResultId, BigDecimal value, @Description("0 to 10, for your party.") int confidence, String comment) {
    }

    @Input("AddWorkstreamInput")
    public record AddWorkstream(@Id @NonNull String planId, @NonNull String name, List<String> leads) {
    }

    @Input("UpdateWorkstreamInput")
    public record UpdateWorkstream(@Id @NonNull String id, int version, String name, List<String> leads) {
    }

    @Input("AddDeliverableInput")
    public record AddDeliverable(@Id @NonNull String workstreamId, @NonNull String title, String definitionOfDone, LocalDate dueOn,
            Boolean milestone, List<String> owners, @Id List<String> dependsOn) {
    }

    @Input("UpdateDeliverableInput")
    public record UpdateDeliverable(@Id @NonNull String id, int version, String title, String definitionOfDone, LocalDate dueOn,
            Boolean milestone, List<String> owners, @Id List<String> dependsOn) {
    }

    @Input("SetDeliverableStatusInput")
    public record SetDeliverableStatus(@Id @NonNull String id, int version, @NonNull DeliverableStatus status) {
    }

    @Input("AddRiskInput")
    public record AddRisk(@Id @NonNull String planId, @NonNull String title, int probability, int impact, String mitigation,
            String owner, @Id String deliverableId, @Id String keyResultId) {
    }

    @Input("UpdateRiskInput")
    public record UpdateRisk(@Id @NonNull String id, int version, String title, Integer probability, Integer impact, String mitigation,
            String owner, @Id String deliverableId, @Id String keyResultId) {
    }

    @Input("RemovePlanItemInput")
    public record RemoveItem(@Id @NonNull String id, int version) {
    }
}
