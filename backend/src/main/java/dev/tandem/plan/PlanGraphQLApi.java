package dev.tandem.plan;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import dev.tandem.common.security.Callers;
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

/** The plan's queries and fields: translate only; PlanReader and DeliveryReader decide (mutations are in PlanChangesGraphQLApi). */
@GraphQLApi
public class PlanGraphQLApi {

    private final PlanVersions versions;
    private final PlanReader reader;
    private final DeliveryReader deliveryReader;
    private final Callers callers;

    public PlanGraphQLApi(PlanVersions versions, PlanReader reader, DeliveryReader deliveryReader, Callers callers) {
        this.versions = versions;
        this.reader = reader;
        this.deliveryReader = deliveryReader;
        this.callers = callers;
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

    // ------------------------------------------------------------------------------------ the version of an item

    @NonNull
    @Name("plan")
    @Description("The plan version the objective belongs to: a change's answer brings its new revision, status and warnings.")
    public Uni<List<@NonNull PlanView>> objectivePlan(@Source List<ObjectiveView> objectives) {
        return reader.plansOfItems(objectives, ObjectiveView::planId, ObjectiveView::viewer);
    }

    @NonNull
    @Name("plan")
    @Description("The plan version the key result belongs to: a change's answer brings its new revision, status and warnings.")
    public Uni<List<@NonNull PlanView>> keyResultPlan(@Source List<KeyResultView> keyResults) {
        return reader.plansOfItems(keyResults, KeyResultView::planId, KeyResultView::viewer);
    }

    @NonNull
    @Name("plan")
    @Description("The plan version the workstream belongs to: a change's answer brings its new revision, status and warnings.")
    public Uni<List<@NonNull PlanView>> workstreamPlan(@Source List<WorkstreamView> workstreams) {
        return reader.plansOfItems(workstreams, WorkstreamView::planId, WorkstreamView::viewer);
    }

    @NonNull
    @Name("plan")
    @Description("The plan version the deliverable belongs to: a change's answer brings its new revision, status and warnings.")
    public Uni<List<@NonNull PlanView>> deliverablePlan(@Source List<DeliverableView> deliverables) {
        return reader.plansOfItems(deliverables, DeliverableView::planId, DeliverableView::viewer);
    }

    @NonNull
    @Name("plan")
    @Description("The plan version the risk belongs to: a change's answer brings its new revision, status and warnings.")
    public Uni<List<@NonNull PlanView>> riskPlan(@Source List<RiskView> risks) {
        return reader.plansOfItems(risks, RiskView::planId, RiskView::viewer);
    }
}
