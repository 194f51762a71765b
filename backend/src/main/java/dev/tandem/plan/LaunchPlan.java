package dev.tandem.plan;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.tandem.common.Clock;
import dev.tandem.partnership.GovernanceModel;
import dev.tandem.partnership.Partnership;
import dev.tandem.partnership.PartnershipCreation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The 90-day launch plan: version 1 of every partnership's plan starts as a draft with a "Launch"
 * workstream from its governance model's template (weeks 1–2 foundation and alignment, 3–6 co-creation
 * and launch, 7–13 rhythm), dated from the start date. Each step depends on the one before. Drafted
 * when partnership announces a creation, in the same transaction.
 */
@ApplicationScoped
public class LaunchPlan implements PartnershipCreation {

    private final PlanRepository plans;

    public LaunchPlan(PlanRepository plans) {
        this.plans = plans;
    }

    /** One templated deliverable: due at the end of its week. */
    record Step(int week, String title, String definitionOfDone, boolean milestone) {
    }

    static List<Step> template(GovernanceModel model) {
        return switch (model) {
            case LIGHTWEIGHT_ALLIANCE -> List.of(
                    new Step(1, "Kick-off and one-page charter", "Both sponsors signed a one-page charter of shared intent.", false),
                    new Step(2, "Alliance leads named", "Each party named one alliance lead and a deputy.", false),
                    new Step(4, "First joint offer defined", "The first joint offer is written down with its target customers.", false),
                    new Step(6, "Joint launch announced", "The alliance is announced to customers of both parties.", true),
                    new Step(9, "Monthly check-in running", "Two monthly check-ins took place with the red items first.", false),
                    new Step(13, "90-day review", "Sponsors reviewed the first 90 days and amended the plan.", true));
            case INTEGRATED_OPERATIONAL_PARTNERSHIP -> List.of(
                    new Step(1, "Kick-off and alignment workshop", "Both leadership teams agreed objectives in a joint workshop.", false),
                    new Step(2, "Governance tiers staffed", "Execution (weekly) and steering (monthly) members are named for each party.", false),
                    new Step(2, "Vital-few metrics agreed", "5 to 8 metrics with green, amber and red thresholds are agreed.", false),
                    new Step(4, "Joint Execution Plan co-created", "Version 1 of the plan is proposed with owners of both parties.", false),
                    new Step(5, "Workstream leads and owners named", "Every workstream has a lead and every deliverable an owner per party.", false),
                    new Step(6, "Operational launch", "Joint operations started in the first region.", true),
                    new Step(8, "Weekly execution meetings running", "Four weekly execution meetings took place with red metrics first.", false),
                    new Step(9, "First steering review", "The steering committee reviewed metrics and escalations.", false),
                    new Step(10, "First health survey", "A health survey ran with enough respondents of each party.", false),
                    new Step(13, "90-day review", "Sponsors reviewed the first 90 days and amended the plan.", true));
            case JOINT_VENTURE_LITE -> List.of(
                    new Step(1, "Kick-off and venture charter", "Both sponsors signed the joint venture's charter.", false),
                    new Step(2, "Decision-rights matrix agreed", "Each party approved its column of the decision-rights matrix.", false),
                    new Step(2, "Budget and people committed", "Each party committed its budget share and named seconded staff.", false),
                    new Step(4, "Joint team stood up", "The joint team works from one backlog with one lead per party.", false),
                    new Step(5, "Operating model co-created", "Processes, tools and reporting of the venture are written down.", false),
                    new Step(6, "Venture launch", "The joint venture serves its first customer.", true),
                    new Step(9, "Execution rhythm running", "Weekly execution and monthly steering meetings took place.", false),
                    new Step(12, "First strategic review", "Sponsors held the first quarterly strategic review.", false),
                    new Step(13, "90-day review and amendment", "Sponsors reviewed the first 90 days and amended the plan.", true));
        };
    }

    @Override
    public Uni<Void> created(Partnership partnership, String createdBy) {
        return draftFirstVersion(partnership, createdBy).replaceWithVoid();
    }

    /** Persists version 1 of the partnership's plan, within the current transaction. */
    Uni<Plan> draftFirstVersion(Partnership partnership, String createdBy) {
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.partnershipId = partnership.id;
        plan.number = 1;
        plan.status = PlanStatus.DRAFT;
        plan.createdAt = Clock.now();
        plan.createdBy = createdBy;
        LocalDate start = partnership.startsOn != null ? partnership.startsOn : partnership.createdAt.atZone(ZoneOffset.UTC).toLocalDate();
        plan.nextReviewOn = start.plusWeeks(13);

        Workstream launch = new Workstream();
        launch.id = UUID.randomUUID();
        launch.planId = plan.id;
        launch.lineage = UUID.randomUUID();
        launch.position = 0;
        launch.name = "Launch";

        List<Deliverable> steps = new ArrayList<>();
        List<Step> template = template(partnership.governanceModel);
        for (int i = 0; i < template.size(); i++) {
            Step step = template.get(i);
            Deliverable deliverable = new Deliverable();
            deliverable.id = UUID.randomUUID();
            deliverable.planId = plan.id;
            deliverable.workstreamId = launch.id;
            deliverable.lineage = UUID.randomUUID();
            deliverable.position = i;
            deliverable.title = step.title();
            deliverable.definitionOfDone = step.definitionOfDone();
            deliverable.dueOn = start.plusWeeks(step.week()).minusDays(1);
            deliverable.status = DeliverableStatus.NOT_STARTED;
            deliverable.milestone = step.milestone();
            steps.add(deliverable);
        }
        Uni<Void> chain = plan.persist().chain(() -> launch.persist()).replaceWithVoid();
        for (Deliverable step : steps) {
            chain = chain.chain(() -> step.persist()).replaceWithVoid();
        }
        chain = chain.chain(() -> plans.flush());
        for (int i = 1; i < steps.size(); i++) {
            UUID step = steps.get(i).id;
            UUID previous = steps.get(i - 1).id;
            chain = chain.chain(() -> plans.replaceDependencies(step, List.of(previous)));
        }
        return chain.replaceWith(plan);
    }
}
