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
    @Description("Starts the next version of a plan from its ratified version.")
    public record Amend(@Id @NonNull @Description("The ratified plan version to start from; it must be the newest.") String planId,
            @NonNull @Description("Why the ratified plan changes (up to 1,000 characters).") String reason) {
    }

    @Input("UpdatePlanInput")
    @Description("Changes a plan version's own fields.")
    public record Update(@Id @NonNull @Description("The plan version.") String planId,
            @Description("The revision you read: a stale one fails with CONFLICT.") int revision,
            @Description("When the parties next review the plan, a date (yyyy-MM-dd) from 2000 to 2100.") LocalDate nextReviewOn) {
    }

    @Input("PlanRevisionInput")
    @Description("A plan version as you read it, to propose or ratify exactly that.")
    public record Revision(@Id @NonNull @Description("The plan version.") String planId,
            @Description("The revision you read: a stale one fails with CONFLICT.") int revision) {
    }

    @Input("AddObjectiveInput")
    @Description("A new objective in a DRAFT or PROPOSED plan version (a sponsor or steering member).")
    public record AddObjective(@Id @NonNull @Description("The plan version.") String planId,
            @NonNull @Description("The objective in a few words, up to 200 characters.") String title,
            @Description("More about the objective, up to 5,000 characters.") String description) {
    }

    @Input("UpdateObjectiveInput")
    @Description("Changes an objective; fields left out stay as they are.")
    public record UpdateObjective(@Id @NonNull @Description("The objective.") String id,
            @Description("The version you read: a stale one fails with CONFLICT.") int version,
            @Description("The new title, up to 200 characters.") String title,
            @Description("The new description, up to 5,000 characters; null clears it.") String description) {
    }

    @Input("AddKeyResultInput")
    @Description("A new key result of an objective (a sponsor or steering member).")
    public record AddKeyResult(@Id @NonNull @Description("The objective it measures.") String objectiveId,
            @NonNull @Description("The result in a few words, up to 200 characters.") String title,
            @Description("Where it starts, in its unit.") BigDecimal baseline,
            @Description("Where it should get to, in its unit.") BigDecimal target,
            @Description("The unit of baseline, target and check-in values, up to 40 characters.") String unit,
            @Id @Description("A metric of the partnership that measures it.") String metricId) {
    }

    @Input("UpdateKeyResultInput")
    @Description("Changes a key result; fields left out stay as they are.")
    public record UpdateKeyResult(@Id @NonNull @Description("The key result.") String id,
            @Description("The version you read: a stale one fails with CONFLICT.") int version,
            @Description("The new title, up to 200 characters.") String title,
            @Description("The new baseline; null clears it.") BigDecimal baseline,
            @Description("The new target; null clears it.") BigDecimal target,
            @Description("The new unit, up to 40 characters; null clears it.") String unit,
            @Id @Description("A metric of the partnership that measures it; blank unlinks it.") String metricId) {
    }

    @Input("CheckInInput")
    @Description("Your party's check-in on a key result.")
    public record CheckIn(@Id @NonNull @Description("The key result.") String keyResultId,
            @Description("Its value now, in its unit.") BigDecimal value,
            @Description("0 to 10, for your party.") int confidence,
            @Description("What your party adds in words, up to 2,000 characters.") String comment) {
    }

    @Input("AddWorkstreamInput")
    @Description("A new workstream in a DRAFT or PROPOSED plan version (a sponsor or steering member).")
    public record AddWorkstream(@Id @NonNull @Description("The plan version.") String planId,
            @NonNull @Description("The workstream's name, up to 200 characters.") String name,
            @Description("Emails of its leads: people of the accepted parties, at most one per party.") List<String> leads) {
    }

    @Input("UpdateWorkstreamInput")
    @Description("Changes a workstream; fields left out stay as they are.")
    public record UpdateWorkstream(@Id @NonNull @Description("The workstream.") String id,
            @Description("The version you read: a stale one fails with CONFLICT.") int version,
            @Description("The new name, up to 200 characters.") String name,
            @Description("Emails of its leads, replacing the current ones: at most one per accepted party.") List<String> leads) {
    }

    @Input("AddDeliverableInput")
    @Description("A new deliverable of a workstream (its leads, a sponsor or a steering member).")
    public record AddDeliverable(@Id @NonNull @Description("The workstream that delivers it.") String workstreamId,
            @NonNull @Description("The deliverable in a few words, up to 200 characters.") String title,
            @Description("One sentence saying when it is done, up to 500 characters.") String definitionOfDone,
            @Description("When it is due, a date (yyyy-MM-dd) from 2000 to 2100.") LocalDate dueOn,
            @Description("Whether it is a milestone; false when left out.") Boolean milestone,
            @Description("Emails of its owners: people of the accepted parties, at most one per party.") List<String> owners,
            @Id @Description("Deliverables of the same plan version it depends on; a cycle is refused, naming it.") List<String> dependsOn) {
    }

    @Input("UpdateDeliverableInput")
    @Description("Changes a deliverable; fields left out stay as they are.")
    public record UpdateDeliverable(@Id @NonNull @Description("The deliverable.") String id,
            @Description("The version you read: a stale one fails with CONFLICT.") int version,
            @Description("The new title, up to 200 characters.") String title,
            @Description("The new definition of done, up to 500 characters; null clears it.") String definitionOfDone,
            @Description("The new due date, yyyy-MM-dd from 2000 to 2100; null clears it.") LocalDate dueOn,
            @Description("Whether it is a milestone.") Boolean milestone,
            @Description("Emails of its owners, replacing the current ones: at most one per accepted party.") List<String> owners,
            @Id @Description("The deliverables it depends on, replacing the current ones; a cycle is refused, naming it.") List<String> dependsOn) {
    }

    @Input("SetDeliverableStatusInput")
    @Description("Where a deliverable stands now.")
    public record SetDeliverableStatus(@Id @NonNull @Description("The deliverable.") String id,
            @Description("The version you read: a stale one fails with CONFLICT.") int version,
            @NonNull @Description("The new status; DONE needs every deliverable it depends on DONE.") DeliverableStatus status) {
    }

    @Input("AddRiskInput")
    @Description("A new risk in a DRAFT or PROPOSED plan version (a sponsor, steering member or lead).")
    public record AddRisk(@Id @NonNull @Description("The plan version.") String planId,
            @NonNull @Description("The risk in a few words, up to 200 characters.") String title,
            @Description("Probability, 1 (lowest) to 5 (highest).") int probability,
            @Description("Impact, 1 (lowest) to 5 (highest).") int impact,
            @Description("What the parties do about it, up to 2,000 characters.") String mitigation,
            @Description("Email of its owner, a person of an accepted party.") String owner,
            @Id @Description("A deliverable of the same plan version it threatens.") String deliverableId,
            @Id @Description("A key result of the same plan version it threatens.") String keyResultId) {
    }

    @Input("UpdateRiskInput")
    @Description("Changes a risk; fields left out stay as they are.")
    public record UpdateRisk(@Id @NonNull @Description("The risk.") String id,
            @Description("The version you read: a stale one fails with CONFLICT.") int version,
            @Description("The new title, up to 200 characters.") String title,
            @Description("The new probability, 1 to 5.") Integer probability,
            @Description("The new impact, 1 to 5.") Integer impact,
            @Description("The new mitigation, up to 2,000 characters; null clears it.") String mitigation,
            @Description("Email of the new owner, a person of an accepted party; null clears it.") String owner,
            @Id @Description("The deliverable it threatens; null unlinks it.") String deliverableId,
            @Id @Description("The key result it threatens; null unlinks it.") String keyResultId) {
    }

    @Input("RemovePlanItemInput")
    @Description("An item to remove from a DRAFT or PROPOSED plan version.")
    public record RemoveItem(@Id @NonNull @Description("The objective, key result, workstream, deliverable or risk.") String id,
            @Description("The version you read: a stale one fails with CONFLICT.") int version) {
    }
}
