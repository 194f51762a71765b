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

    @Query
    @Description("What changed from one version of a partnership's plan to another; null when either is absent or not yours.")
    public Uni<PlanDiffView> planDiff(@NonNull @Id String from, @NonNull @Id String to) {
        return versions.diff(callers.withOrganization(), from, to);
    }

    @NonNull
    public Uni<List<@NonNull List<@NonNull ObjectiveView>>> objectives(@Source List<PlanView> plans) {
        return reader.objectives(plans);
    }

    @NonNull
    public Uni<List<@NonNull List<@NonNull WorkstreamView>>> workstreams(@Source List<PlanView> plans) {
        return deliveryReader.workstreams(plans);
    }

    @NonNull
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
    public Uni<List<@NonNull List<@NonNull KeyResultView>>> keyResults(@Source List<ObjectiveView> objectives) {
        return reader.keyResults(objectives);
    }

    @NonNull
    @Description("Check-ins of every party, newest first.")
    public Uni<List<@NonNull List<@NonNull CheckInView>>> checkIns(@Source List<KeyResultView> keyResults, @DefaultValue("10") int last) {
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
    public Uni<List<@NonNull List<@NonNull DeliverableView>>> deliverables(@Source List<WorkstreamView> workstreams) {
        return deliveryReader.deliverables(workstreams);
    }

    @NonNull
    @Description("One owner per party.")
    public Uni<List<@NonNull List<@NonNull PersonView>>> owners(@Source List<DeliverableView> deliverables) {
        return deliveryReader.owners(deliverables);
    }

    @NonNull
    public Uni<List<@NonNull List<@NonNull DeliverableView>>> dependsOn(@Source List<DeliverableView> deliverables) {
        return deliveryReader.dependsOn(deliverables);
    }

    @NonNull
    @Description("For a milestone: the chain of prerequisites that drives it (each step the latest-due one), first to last, ending with the milestone.")
    public Uni<List<@NonNull List<@NonNull DeliverableView>>> criticalPath(@Source List<DeliverableView> deliverables) {
        return deliveryReader.criticalPath(deliverables);
    }

    public Uni<List<PersonView>> owner(@Source List<RiskView> risks) {
        return reader.riskOwners(risks);
    }

    public Uni<List<DeliverableView>> deliverable(@Source List<RiskView> risks) {
        return reader.riskDeliverables(risks);
    }

    public Uni<List<KeyResultView>> keyResult(@Source List<RiskView> risks) {
        return reader.riskKeyResults(risks);
    }

    // ------------------------------------------------------------------------------------ changes

    @Mutation
    @Description("Starts version n+1 as a draft from a ratified version (which stays in force until the new one is ratified).")
    public Uni<@NonNull PlanView> amendPlan(@NonNull PlanInputs.Amend input) {
        return versions.amend(callers.withOrganization(), input);
    }

    @Mutation
    public Uni<@NonNull PlanView> updatePlan(@NonNull PlanInputs.Update input) {
        return versions.update(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Proposes a draft for ratification (a sponsor); every deliverable needs an owner of each party.")
    public Uni<@NonNull PlanView> proposePlan(@NonNull PlanInputs.Revision input) {
        return versions.propose(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Ratifies the revision you read for your party (a sponsor); RATIFIED once every party did.")
    public Uni<@NonNull PlanView> ratifyPlan(@NonNull PlanInputs.Revision input) {
        return versions.ratify(callers.withOrganization(), input);
    }

    @Mutation
    public Uni<@NonNull ObjectiveView> addObjective(@NonNull PlanInputs.AddObjective input) {
        return objectives.addObjective(callers.withOrganization(), input);
    }

    @Mutation
    public Uni<@NonNull ObjectiveView> updateObjective(@NonNull PlanInputs.UpdateObjective input) {
        return objectives.updateObjective(callers.withOrganization(), input, Provided.of(context, "input"));
    }

    @Mutation
    public Uni<@NonNull KeyResultView> addKeyResult(@NonNull PlanInputs.AddKeyResult input) {
        return objectives.addKeyResult(callers.withOrganization(), input);
    }

    @Mutation
    public Uni<@NonNull KeyResultView> updateKeyResult(@NonNull PlanInputs.UpdateKeyResult input) {
        return objectives.updateKeyResult(callers.withOrganization(), input, Provided.of(context, "input"));
    }

    @Mutation
    @Description("Records your party's value and confidence (0–10) for a key result.")
    public Uni<@NonNull CheckInView> checkInKeyResult(@NonNull PlanInputs.CheckIn input) {
        return objectives.checkIn(callers.withOrganization(), input);
    }

    @Mutation
    public Uni<@NonNull WorkstreamView> addWorkstream(@NonNull PlanInputs.AddWorkstream input) {
        return delivery.addWorkstream(callers.withOrganization(), input);
    }

    @Mutation
    public Uni<@NonNull WorkstreamView> updateWorkstream(@NonNull PlanInputs.UpdateWorkstream input) {
        return delivery.updateWorkstream(callers.withOrganization(), input);
    }

    @Mutation
    public Uni<@NonNull DeliverableView> addDeliverable(@NonNull PlanInputs.AddDeliverable input) {
        return delivery.addDeliverable(callers.withOrganization(), input);
    }

    @Mutation
    public Uni<@NonNull DeliverableView> updateDeliverable(@NonNull PlanInputs.UpdateDeliverable input) {
        return delivery.updateDeliverable(callers.withOrganization(), input, Provided.of(context, "input"));
    }

    @Mutation("setDeliverableStatus")
    @Description("An owner, lead or steering member updates where a deliverable stands; DONE needs its prerequisites DONE.")
    public Uni<@NonNull DeliverableView> setDeliverableStatus(@NonNull PlanInputs.SetDeliverableStatus input) {
        return delivery.setStatus(callers.withOrganization(), input);
    }

    @Mutation
    public Uni<@NonNull RiskView> addRisk(@NonNull PlanInputs.AddRisk input) {
        return risks.addRisk(callers.withOrganization(), input);
    }

    @Mutation
    public Uni<@NonNull RiskView> updateRisk(@NonNull PlanInputs.UpdateRisk input) {
        return risks.updateRisk(callers.withOrganization(), input, Provided.of(context, "input"));
    }

    @Mutation
    @Description("Removes an objective (with its key results), key result, workstream (with its deliverables), deliverable or risk.")
    public Uni<@NonNull PlanView> removePlanItem(@NonNull PlanInputs.RemoveItem input) {
        return removal.remove(callers.withOrganization(), input);
    }

}
