package dev.tandem.demo;

import static dev.tandem.demo.DemoPeople.ALICE;
import static dev.tandem.demo.DemoPeople.GRACE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import dev.tandem.common.db.Db;
import dev.tandem.common.graphql.Provided;
import dev.tandem.metric.Metric;
import dev.tandem.partnership.PartnershipView;
import dev.tandem.plan.Deliverable;
import dev.tandem.plan.Delivery;
import dev.tandem.plan.KeyResult;
import dev.tandem.plan.Objectives;
import dev.tandem.plan.PlanInputs;
import dev.tandem.plan.PlanVersions;
import dev.tandem.plan.PlanViews.DeliverableView;
import dev.tandem.plan.PlanViews.PlanView;
import dev.tandem.plan.PlanViews.WorkstreamView;
import dev.tandem.plan.Risks;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Seeds the joint plan: version 1 filled in, proposed and ratified by both sponsors, then version 2 drafted as an amendment. */
@ApplicationScoped
class DemoPlan {

    private static final List<String> BOTH_SPONSORS = List.of("alice@acme.example", "grace@globex.example");

    private record Kr(String title, String baseline, String target, String unit) {
    }

    private final Db db;
    private final PlanVersions versions;
    private final Objectives objectives;
    private final Delivery delivery;
    private final Risks risks;

    DemoPlan(Db db, PlanVersions versions, Objectives objectives, Delivery delivery, Risks risks) {
        this.db = db;
        this.versions = versions;
        this.objectives = objectives;
        this.delivery = delivery;
        this.risks = risks;
    }

    /** Objectives, key results, a second workstream, owners on every deliverable, risks; proposed and ratified by both sponsors. */
    Uni<Void> versionOne(PartnershipView partnership) {
        return latestPlan(partnership)
                .chain(plan -> fillAndRatify(plan, partnership))
                .replaceWithVoid();
    }

    private Uni<PlanView> fillAndRatify(PlanView plan, PartnershipView partnership) {
        return objective(plan, "Customers in the north get next-day delivery",
                        "Acme's supplies reach Globex's northern customers the next working day.",
                        List.of(new Kr("Regions served next-day", "0", "12", "regions"), new Kr("On-time delivery rate", "81", "97", "%"),
                                new Kr("Orders through the joint offer per month", "0", "4000", "orders")))
                .chain(() -> objective(plan, "One face to the customer", "Customers of either company get one answer from one team.",
                        List.of(new Kr("Shared support cases resolved in one day", "40", "85", "%"),
                                new Kr("Net promoter score of joint customers", "12", "40", "NPS"),
                                new Kr("Duplicate account managers removed", "0", "30", "accounts"))))
                .chain(() -> linkRegionsMetric(plan, partnership))
                .chain(() -> delivery.addWorkstream(ALICE, new PlanInputs.AddWorkstream(plan.id(), "Joint offer",
                        List.of("aaron@acme.example", "grace@globex.example"))))
                .chain(workstream -> jointOffer(plan, workstream))
                .chain(() -> ownLaunchDeliverables(plan))
                .chain(() -> risks.addRisk(ALICE, new PlanInputs.AddRisk(plan.id(), "Warehouse capacity in the north runs out", 3, 4,
                        "Reserve 20% of the Leeds warehouse for the joint offer.", "grace@globex.example", null, null)))
                .chain(() -> risks.addRisk(ALICE, new PlanInputs.AddRisk(plan.id(), "Sales teams keep selling separately", 4, 3,
                        "Shared incentive on joint-offer orders from month 2.", "alice@acme.example", null, null)))
                .chain(() -> risks.addRisk(ALICE, new PlanInputs.AddRisk(plan.id(), "IT integration of order systems slips", 2, 5,
                        "Start with a CSV bridge; integrate the APIs in phase 2.", "aaron@acme.example", null, null)))
                .chain(() -> latestPlan(partnership))
                .chain(current -> versions.propose(ALICE, new PlanInputs.Revision(current.id(), current.revision())))
                .chain(proposed -> versions.ratify(ALICE, new PlanInputs.Revision(proposed.id(), proposed.revision())))
                .chain(ratifying -> versions.ratify(GRACE, new PlanInputs.Revision(ratifying.id(), ratifying.revision())));
    }

    /** Version 2: an amendment in progress, with a change anyone can compare with version 1. */
    Uni<Void> versionTwo(PartnershipView partnership) {
        return latestPlan(partnership)
                .chain(v1 -> versions.amend(GRACE, new PlanInputs.Amend(v1.id(), "Add the Scottish region after the pilot's success")))
                .chain(this::scotland)
                .replaceWithVoid();
    }

    /** The change of version 2: a new objective, and one more region as the target of "Regions served next-day". */
    private Uni<?> scotland(PlanView v2) {
        return objectives.addObjective(GRACE, new PlanInputs.AddObjective(v2.id(), "Scotland served by the joint offer",
                        "The joint offer reaches Scottish customers from the Glasgow hub."))
                .chain(() -> db.read(() -> KeyResult.<KeyResult>find("planId = ?1 and title = ?2",
                        UUID.fromString(v2.id()), "Regions served next-day").<KeyResult>firstResult()))
                .chain((KeyResult regions) -> objectives.updateKeyResult(GRACE, new PlanInputs.UpdateKeyResult(regions.id.toString(), regions.version, null, null,
                        new BigDecimal("13"), null, null), Provided.NONE));
    }

    private Uni<PlanView> latestPlan(PartnershipView partnership) {
        return versions.latest(ALICE, partnership.id());
    }

    /** The key result "Regions served next-day" is measured by the metric of the same name. */
    private Uni<Void> linkRegionsMetric(PlanView plan, PartnershipView partnership) {
        return db.read(() -> KeyResult.<KeyResult>find("planId = ?1 and title = ?2", UUID.fromString(plan.id()),
                        "Regions served next-day").<KeyResult>firstResult()
                .chain(kr -> Metric.<Metric>find("partnershipId = ?1 and name = ?2",
                        UUID.fromString(partnership.id()), "Regions served next-day").<Metric>firstResult()
                        .map(metric -> new String[] {kr.id.toString(), Integer.toString(kr.version), metric.id.toString()})))
                .chain(ids -> objectives.updateKeyResult(ALICE, new PlanInputs.UpdateKeyResult(ids[0], Integer.parseInt(ids[1]), null, null, null, null, ids[2]),
                        Provided.NONE))
                .replaceWithVoid();
    }

    private Uni<Void> objective(PlanView plan, String title, String description, List<Kr> keyResults) {
        return objectives.addObjective(ALICE, new PlanInputs.AddObjective(plan.id(), title, description))
                .chain(objective -> keyResults(objective.id(), keyResults));
    }

    private Uni<Void> keyResults(String objectiveId, List<Kr> keyResults) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Kr kr : keyResults) {
            chain = chain.chain(() -> objectives.addKeyResult(ALICE, new PlanInputs.AddKeyResult(objectiveId, kr.title(),
                    new BigDecimal(kr.baseline()), new BigDecimal(kr.target()), kr.unit(), null))).replaceWithVoid();
        }
        return chain;
    }

    /** The second workstream's two deliverables, the milestone depending on the price list. */
    private Uni<DeliverableView> jointOffer(PlanView plan, WorkstreamView workstream) {
        return delivery.addDeliverable(ALICE, new PlanInputs.AddDeliverable(workstream.id(), "Price list for the joint offer",
                        "Both sales teams quote from one signed price list.", dayOfPlan(plan, 35), false,
                        List.of("aaron@acme.example", "grace@globex.example"), null))
                .chain(prices -> delivery.addDeliverable(ALICE, new PlanInputs.AddDeliverable(workstream.id(), "Joint offer on sale in 3 regions",
                        "Customers in 3 regions can order the joint offer online.", dayOfPlan(plan, 60), true,
                        BOTH_SPONSORS, List.of(prices.id()))));
    }

    /** The generated Launch steps get an owner of each party. */
    private Uni<Void> ownLaunchDeliverables(PlanView plan) {
        return db.read(() -> Deliverable.<Deliverable>list("planId = ?1 order by position", UUID.fromString(plan.id())))
                .chain(this::ownLaunchSteps);
    }

    private Uni<Void> ownLaunchSteps(List<Deliverable> launch) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (var step : launch) {
            if (step.title.startsWith("Price list") || step.title.startsWith("Joint offer")) {
                continue;
            }
            chain = chain.chain(() -> delivery.updateDeliverable(ALICE, new PlanInputs.UpdateDeliverable(step.id.toString(), step.version,
                    null, null, null, null, BOTH_SPONSORS, null), Provided.NONE)).replaceWithVoid();
        }
        return chain;
    }

    private static LocalDate dayOfPlan(PlanView plan, int days) {
        return plan.createdAt().atZone(ZoneOffset.UTC).toLocalDate().plusDays(days - 30);
    }
}
