package dev.tandem.plan;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.common.graphql.Provided;
import dev.tandem.common.security.Callers;
import io.smallrye.graphql.api.Context;
import dev.tandem.plan.PlanViews.CheckInView;
import dev.tandem.plan.PlanViews.DeliverableView;
import dev.tandem.plan.PlanViews.KeyResultView;
import dev.tandem.plan.PlanViews.ObjectiveView;
import dev.tandem.plan.PlanViews.PlanView;
import dev.tandem.plan.PlanViews.RiskView;
import dev.tandem.plan.PlanViews.WorkstreamView;
import io.smallrye.mutiny.Uni;

/** The plan's mutations: translate only; PlanVersions, Objectives, Delivery, Risks and PlanItemRemoval decide. */
@GraphQLApi
public class PlanChangesGraphQLApi {

    private final PlanVersions versions;
    private final Objectives objectives;
    private final Delivery delivery;
    private final Risks risks;
    private final PlanItemRemoval removal;
    private final Callers callers;
    private final Context context;

    public PlanChangesGraphQLApi(PlanVersions versions, Objectives objectives, Delivery delivery, Risks risks, PlanItemRemoval removal,
            Callers callers, Context context) {
        this.versions = versions;
        this.objectives = objectives;
        this.delivery = delivery;
        this.risks = risks;
        this.removal = removal;
        this.callers = callers;
        this.context = context;
    }

    @Mutation
    @Description("Starts version n+1 as a draft from a ratified version (which stays in force until the new one is ratified).")
    public Uni<@NonNull PlanView> amendPlan(@NonNull @Description("The ratified version to amend and why.") PlanInputs.Amend input) {
        return versions.amend(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Sets the next review date of a DRAFT or PROPOSED version (a sponsor or steering member), given the revision you read.")
    public Uni<@NonNull PlanView> updatePlan(@NonNull @Description("The version, the revision you read and the new next review date.") PlanInputs.Update input) {
        return versions.update(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Proposes a draft for ratification (a sponsor); every deliverable needs an owner of each party.")
    public Uni<@NonNull PlanView> proposePlan(@NonNull @Description("The version and the revision you read.") PlanInputs.Revision input) {
        return versions.propose(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Ratifies the revision you read for your party (a sponsor); RATIFIED once every party did.")
    public Uni<@NonNull PlanView> ratifyPlan(@NonNull @Description("The version and the revision you read.") PlanInputs.Revision input) {
        return versions.ratify(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Adds an objective to a DRAFT or PROPOSED version (a sponsor or steering member); a PROPOSED version goes back to DRAFT.")
    public Uni<@NonNull ObjectiveView> addObjective(@NonNull @Description("The version and the objective.") PlanInputs.AddObjective input) {
        return objectives.addObjective(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Changes an objective (a sponsor or steering member), given the version you read.")
    public Uni<@NonNull ObjectiveView> updateObjective(@NonNull @Description("The objective, the version you read and what changes.") PlanInputs.UpdateObjective input) {
        return objectives.updateObjective(callers.withOrganization(), input, Provided.of(context, "input"));
    }

    @Mutation
    @Description("Adds a key result to an objective (a sponsor or steering member).")
    public Uni<@NonNull KeyResultView> addKeyResult(@NonNull @Description("The objective and the key result.") PlanInputs.AddKeyResult input) {
        return objectives.addKeyResult(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Changes a key result (a sponsor or steering member), given the version you read.")
    public Uni<@NonNull KeyResultView> updateKeyResult(@NonNull @Description("The key result, the version you read and what changes.") PlanInputs.UpdateKeyResult input) {
        return objectives.updateKeyResult(callers.withOrganization(), input, Provided.of(context, "input"));
    }

    @Mutation
    @Description("Records your party's value and confidence (0–10) for a key result.")
    public Uni<@NonNull CheckInView> checkInKeyResult(@NonNull @Description("The key result, your value, confidence and comment.") PlanInputs.CheckIn input) {
        return objectives.checkIn(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Adds a workstream with its leads to a DRAFT or PROPOSED version (a sponsor or steering member).")
    public Uni<@NonNull WorkstreamView> addWorkstream(@NonNull @Description("The version and the workstream.") PlanInputs.AddWorkstream input) {
        return delivery.addWorkstream(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Renames a workstream or replaces its leads (its leads, a sponsor or steering member), given the version you read.")
    public Uni<@NonNull WorkstreamView> updateWorkstream(@NonNull @Description("The workstream, the version you read and what changes.") PlanInputs.UpdateWorkstream input) {
        return delivery.updateWorkstream(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Adds a deliverable to a workstream (its leads, a sponsor or steering member).")
    public Uni<@NonNull DeliverableView> addDeliverable(@NonNull @Description("The workstream and the deliverable.") PlanInputs.AddDeliverable input) {
        return delivery.addDeliverable(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Changes a deliverable (its workstream's leads, a sponsor or steering member), given the version you read.")
    public Uni<@NonNull DeliverableView> updateDeliverable(@NonNull @Description("The deliverable, the version you read and what changes.") PlanInputs.UpdateDeliverable input) {
        return delivery.updateDeliverable(callers.withOrganization(), input, Provided.of(context, "input"));
    }

    @Mutation("setDeliverableStatus")
    @Description("An owner, lead or steering member updates where a deliverable stands; DONE needs its prerequisites DONE.")
    public Uni<@NonNull DeliverableView> setDeliverableStatus(@NonNull @Description("The deliverable, the version you read and its new status.") PlanInputs.SetDeliverableStatus input) {
        return delivery.setStatus(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Adds a risk to a DRAFT or PROPOSED version (a sponsor, steering member or lead).")
    public Uni<@NonNull RiskView> addRisk(@NonNull @Description("The version and the risk.") PlanInputs.AddRisk input) {
        return risks.addRisk(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Changes a risk (a sponsor, steering member or lead), given the version you read.")
    public Uni<@NonNull RiskView> updateRisk(@NonNull @Description("The risk, the version you read and what changes.") PlanInputs.UpdateRisk input) {
        return risks.updateRisk(callers.withOrganization(), input, Provided.of(context, "input"));
    }

    @Mutation
    @Description("Removes an objective (with its key results), key result, workstream (with its deliverables), deliverable or risk.")
    public Uni<@NonNull PlanView> removePlanItem(@NonNull @Description("The item and the version you read.") PlanInputs.RemoveItem input) {
        return removal.remove(callers.withOrganization(), input);
    }

}
