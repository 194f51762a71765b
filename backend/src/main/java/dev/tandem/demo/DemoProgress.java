package dev.tandem.demo;

import static dev.tandem.demo.DemoPeople.ALICE;
import static dev.tandem.demo.DemoPeople.GRACE;

import java.util.List;
import java.util.UUID;

import dev.tandem.common.db.Db;
import dev.tandem.partnership.PartnershipView;
import dev.tandem.plan.Deliverable;
import dev.tandem.plan.DeliverableStatus;
import dev.tandem.plan.Delivery;
import dev.tandem.plan.KeyResult;
import dev.tandem.plan.Objectives;
import dev.tandem.plan.PlanInputs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Seeds a month of work on the ratified version 1: the first launch steps done, one at risk, and both sponsors' check-ins. */
@ApplicationScoped
class DemoProgress {

    private static final String VERSION_ONE = "(select p.id from Plan p where p.partnershipId = ?1 and p.number = 1)";
    /** Each sponsor's confidence in the key results, in turn: they differ, so the plan shows a confidence gap. */
    private static final int[] ACME_CONFIDENCE = {7, 8, 6, 7, 5, 8};
    private static final int[] GLOBEX_CONFIDENCE = {4, 7, 6, 3, 5, 7};

    private final Db db;
    private final Delivery delivery;
    private final Objectives objectives;

    DemoProgress(Db db, Delivery delivery, Objectives objectives) {
        this.db = db;
        this.delivery = delivery;
        this.objectives = objectives;
    }

    Uni<Void> seed(PartnershipView partnership) {
        UUID partnershipId = UUID.fromString(partnership.id());
        return db.read(() -> Deliverable.<Deliverable>list("planId = " + VERSION_ONE + " order by workstreamId, position", partnershipId))
                .chain(this::firstSteps)
                .chain(() -> db.read(() -> KeyResult.<KeyResult>list("planId = " + VERSION_ONE + " order by objectiveId, position", partnershipId)))
                .chain(this::checkIns);
    }

    /** The first three launch steps are done and the next one is at risk; the joint offer's own deliverables wait. */
    private Uni<Void> firstSteps(List<Deliverable> deliverables) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        int done = 0;
        for (var d : deliverables) {
            if (done < 3 && !d.title.startsWith("Price") && !d.title.startsWith("Joint offer")) {
                done++;
                chain = chain.chain(() -> statusOf(d.id.toString(), DeliverableStatus.DONE));
            } else if (done == 3) {
                done++;
                chain = chain.chain(() -> statusOf(d.id.toString(), DeliverableStatus.AT_RISK));
            }
        }
        return chain;
    }

    private Uni<Void> checkIns(List<KeyResult> keyResults) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < keyResults.size(); i++) {
            String id = keyResults.get(i).id.toString();
            int a = ACME_CONFIDENCE[i % ACME_CONFIDENCE.length];
            int g = GLOBEX_CONFIDENCE[i % GLOBEX_CONFIDENCE.length];
            chain = chain.chain(() -> objectives.checkIn(ALICE, new PlanInputs.CheckIn(id, null, a, "Acme's view after the first month.")))
                    .chain(() -> objectives.checkIn(GRACE, new PlanInputs.CheckIn(id, null, g, "Globex's view after the first month."))).replaceWithVoid();
        }
        return chain;
    }

    private Uni<Void> statusOf(String deliverableId, DeliverableStatus status) {
        return db.read(() -> Deliverable.<Deliverable>findById(UUID.fromString(deliverableId)))
                .chain(d -> delivery.setStatus(ALICE, new PlanInputs.SetDeliverableStatus(deliverableId, d.version, status)))
                .replaceWithVoid();
    }
}
