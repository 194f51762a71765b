package dev.tandem.plan;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import dev.tandem.common.graphql.Provided;
import dev.tandem.common.security.Callers;
import io.smallrye.graphql.api.Context;
import dev.tandem.partnership.PartnershipView;
import dev.tandem.person.PersonView;
import dev.tandem.plan.PlanViews.CheckInView;
import dev.tandem.plan.PlanViews.DeliverableView;
import dev.tandem.plan.PlanViews.HeatCellView;
import dev.tandem.plan.PlanViews.KeyResultView;
import dev.tandem.plan.PlanViews.ObjectiveView;
import dev.tandem.plan.PlanViews.PartyConfidenceView;
import dev.tandem.plan.PlanViews.PlanDiffView;
import dev.tandem.plan.PlanViews.PlanView;
import dev.tandem.plan.PlanViews.RatificationView;
import dev.tandem.plan.PlanViews.RiskView;
import dev.tandem.plan.PlanViews.WarningView;
import dev.tandem.plan.PlanViews.WorkstreamView;
import io.smallrye.mutiny.Uni;

/** GraphQL operations and fields of the Joint Execution Plan: translate only; the plan's services (PlanVersions, Objectives, Delivery, Risks, PlanItemRemoval) and its readers (PlanReader, DeliveryReader) decide. */
@GraphQLApi
public class PlanGraphQLApi {

    private final PlanVersions versions;
    private final Objectives objectives;
    private final Delivery delivery;
    private final Risks risks;
    private final PlanItemRemoval removal;
    private final PlanReader reader;
    private final DeliveryReader deliveryReader;
    private final Callers callers;
    private final Context context;

    public PlanGraphQLApi(PlanVersions versions, Objectives objectives, Delivery delivery, Risks risks, PlanItemRemoval removal, PlanReader reader,
            DeliveryReader deliveryReader, Callers callers, Context context) {
        this.versions = versions;
        this.objectives = objectives;
        this.delivery = delivery;
        this.risks = risks;
        this.removal = removal;
        this.reader = reader;
        this.deliveryReader = deliveryReader;
        this.callers = callers;
        this.context = context;
    }

    // ------------------------------------------------------------------------------------ reads

    @Description("The newest RATIFIED version, else the newest version.")
    public Uni<List<PlanView>> currentPlan(@Source List<PartnershipView> partnerships) {
        return reader.currentOf(partnerships, callers.current().email());
    }

    @NonNull
    @Description("Every version of the plan, newest first.")
    public Uni<List<@NonNull List<@NonNull PlanView>>> plans(@Source List<PartnershipView> partnerships) {
        return reader.plansOf(partnerships, callers.current().email());
    }

    @Description("One version of the plan with its whole tree: the one with this id, or without an id the current one"
            + " (the newest RATIFIED, else the newest); null when the partnership has no such version. Cheaper than `plans` with"
            + " the tree: ask `plans` for the list of versions and `plan` for the one you show.")
    public Uni<List<PlanView>> plan(@Source List<PartnershipView> partnerships,
            @Id @Description("The id of a version of this partnership's plan; leave it out for the current one.") String id) {
        return reader.planOf(partnerships, id, callers.current().email());
    }

    @Query
    @Description("What changed from one version of a partnership's plan to another; null when either is absent or not yours.")
    public Uni<PlanDiffView> planDiff(@NonNull @Id @Description("The id of the earlier plan version.") String from,
            @NonNull @Id @Description("The id of the later plan version, of the same partnership.") String to) {
        return versions.diff(callers.withOrganization(), from, to);
    }

    @NonNull
    @Description("The objectives of this version, in their order in the plan.")
    public Uni<List<@NonNull List<@NonNull ObjectiveView>>> objectives(@Source List<PlanView> plans) {
        return reader.objectives(plans);
    }

    @NonNull
    @Description("The workstreams of this version, in their order in the plan.")
    public Uni<List<@NonNull List<@NonNull WorkstreamView>>> workstreams(@Source List<PlanView> plans) {
        return deliveryReader.workstreams(plans);
    }

    @NonNull
    @Description("The risks of this version, highest score first.")
    public Uni<List<@NonNull List<@NonNull RiskView>>> risks(@Source List<PlanView> plans) {
        return reader.risks(plans);
    }

    @NonNull
    @Description("Each accepted party: whether its sponsor ratified this version.")
    public Uni<List<@NonNull List<@NonNull RatificationView>>> ratifications(@Source List<PlanView> plans) {
        return reader.ratifications(plans);
    }

    @NonNull
    @Description("Where the plan is still vague: advice, not errors.")
    public Uni<List<@NonNull List<@NonNull WarningView>>> warnings(@Source List<PlanView> plans) {
        return reader.warnings(plans);
    }

    @NonNull
    @Description("The 5 × 5 grid of probability × impact, every cell present, highest probability first.")
    public Uni<List<@NonNull List<@NonNull HeatCellView>>> riskHeatMap(@Source List<PlanView> plans) {
        return reader.heatMaps(plans);
    }

    @NonNull
    @Description("The key results that say whether the objective is met, in their order in the plan.")
    public Uni<List<@NonNull List<@NonNull KeyResultView>>> keyResults(@Source List<ObjectiveView> objectives) {
        return reader.keyResults(objectives);
    }

    @NonNull
    @Description("Check-ins of every party, newest first.")
    public Uni<List<@NonNull List<@NonNull CheckInView>>> checkIns(@Source List<KeyResultView> keyResults, @DefaultValue("10") @Description("How many of the newest check-ins, 0 to 100; more gives 100.") int last) {
        return reader.checkIns(keyResults, last);
    }

    @NonNull
    @Description("Each accepted party's latest confidence, side by side.")
    public Uni<List<@NonNull List<@NonNull PartyConfidenceView>>> confidence(@Source List<KeyResultView> keyResults) {
        return reader.confidence(keyResults);
    }

    @Description("Highest minus lowest of the parties' latest confidence; null until two parties checked in.")
    public Uni<List<Integer>> confidenceGap(@Source List<KeyResultView> keyResults) {
        return reader.confidenceGap(keyResults);
    }

    @NonNull
    @Description("One lead per party.")
    public Uni<List<@NonNull List<@NonNull PersonView>>> leads(@Source List<WorkstreamView> workstreams) {
        return deliveryReader.leads(workstreams);
    }

    @NonNull
    @Description("The deliverables of the workstream, in their order in the plan.")
    public Uni<List<@NonNull List<@NonNull DeliverableView>>> deliverables(@Source List<WorkstreamView> workstreams) {
        return deliveryReader.deliverables(workstreams);
    }

    @NonNull
    @Description("One owner per party.")
    public Uni<List<@NonNull List<@NonNull PersonView>>> owners(@Source List<DeliverableView> deliverables) {
        return deliveryReader.owners(deliverables);
    }

    @NonNull
    @Description("The deliverables of the same version that must be DONE before this one can be.")
    public Uni<List<@NonNull List<@NonNull DeliverableView>>> dependsOn(@Source List<DeliverableView> deliverables) {
        return deliveryReader.dependsOn(deliverables);
    }

    @NonNull
    @Description("For a milestone: the chain of prerequisites that drives it (each step the latest-due one), first to last, ending with the milestone.")
    public Uni<List<@NonNull List<@NonNull DeliverableView>>> criticalPath(@Source List<DeliverableView> deliverables) {
        return deliveryReader.criticalPath(deliverables);
    }

    @Description("The person who owns the risk; null when nobody does.")
    public Uni<List<PersonView>> owner(@Source List<RiskView> risks) {
        return reader.riskOwners(risks);
    }

    @Description("The deliverable of the same version the risk threatens; null when none.")
    public Uni<List<DeliverableView>> deliverable(@Source List<RiskView> risks) {
        return reader.riskDeliverables(risks);
    }

    @Description("The key result of the same version the risk threatens; null when none.")
    public Uni<List<KeyResultView>> keyResult(@Source List<RiskView> risks) {
        return reader.riskKeyResults(risks);
    }

    // ------------------------------------------------------------------------------------ changes

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
