package dev.tandem.plan;

import java.util.List;
import java.util.UUID;

import dev.tandem.common.Changes;
import dev.tandem.common.Ids;
import dev.tandem.common.Validate;
import dev.tandem.common.db.Db;
import dev.tandem.common.error.ValidationFailed;
import dev.tandem.common.graphql.Provided;
import dev.tandem.common.security.Caller;
import dev.tandem.plan.PlanViews.RiskView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The risk register: probability and impact on the 5 x 5 scale, an owner, links to a deliverable or key result. */
@ApplicationScoped
public class Risks {

    private final PlanEdits edits;
    private final Db db;
    private final PlanRepository plans;

    public Risks(PlanEdits edits, Db db, PlanRepository plans) {
        this.edits = edits;
        this.db = db;
        this.plans = plans;
    }

    public Uni<RiskView> addRisk(Caller caller, PlanInputs.AddRisk input) {
        String title = Validate.required("title", input.title(), PlanEdits.MAX_TITLE);
        String mitigation = Validate.optional("mitigation", input.mitigation(), 2000);
        scale("probability", input.probability());
        scale("impact", input.impact());
        return db.write(() -> edits.scope(caller, input.planId()).chain(scope -> {
            PlanEdits.requireRiskEditor(scope);
            return owner(input.owner(), scope).chain(owner -> links(scope, input.deliverableId(), input.keyResultId()).chain(links -> edits.edit(scope).chain(() -> {
                Risk risk = new Risk();
                risk.id = UUID.randomUUID();
                risk.planId = scope.plan().id;
                risk.lineage = UUID.randomUUID();
                risk.title = title;
                risk.probability = input.probability();
                risk.impact = input.impact();
                risk.mitigation = mitigation;
                risk.ownerEmail = owner;
                risk.deliverableId = links[0];
                risk.keyResultId = links[1];
                return risk.<Risk>persist()
                        .call(() -> edits.record(caller, scope, "risk.added", "Risk", risk.id, "added the risk \"" + title + "\" (score " + risk.score() + ")", null,
                                Changes.state("title", title, "probability", risk.probability, "impact", risk.impact)))
                        .call(() -> plans.flush())
                        .chain(saved -> edits.planView(scope, scope.plan()).map(plan -> PlanViewBuilder.riskView(saved, plan)));
            })));
        }));
    }

    public Uni<RiskView> updateRisk(Caller caller, PlanInputs.UpdateRisk input, Provided provided) {
        return db.write(() -> edits.item(caller, Risk.class, input.id(), r -> r.planId).chain(found -> {
            Risk risk = found.item();
            PlanScope scope = found.scope();
            PlanEdits.requireRiskEditor(scope);
            String title = input.title() == null ? null : Validate.required("title", input.title(), PlanEdits.MAX_TITLE);
            String mitigation = input.mitigation() == null ? null : Validate.optional("mitigation", input.mitigation(), 2000);
            if (input.probability() != null) {
                scale("probability", input.probability());
            }
            if (input.impact() != null) {
                scale("impact", input.impact());
            }
            PlanEdits.requireVersion(risk.version, input.version(), "risk");
            Uni<String> ownerUni = provided.cleared("owner", input.owner()) ? Uni.createFrom().nullItem()
                    : input.owner() == null ? Uni.createFrom().item(risk.ownerEmail) : owner(input.owner(), scope);
            return ownerUni.chain(owner -> links(scope, input.deliverableId(), input.keyResultId()).chain(links -> {
                Changes changes = new Changes();
                changes.set("title", risk.title, title, v -> risk.title = v);
                changes.set("probability", risk.probability, input.probability(), v -> risk.probability = v);
                changes.set("impact", risk.impact, input.impact(), v -> risk.impact = v);
                if (input.mitigation() != null || provided.cleared("mitigation", null)) {
                    changes.replace("mitigation", risk.mitigation, mitigation, v -> risk.mitigation = v);
                }
                changes.replace("owner", risk.ownerEmail, owner, v -> risk.ownerEmail = v);
                if (input.deliverableId() != null || provided.cleared("deliverableId", null)) {
                    changes.replace("deliverable", risk.deliverableId, links[0], v -> risk.deliverableId = v);
                }
                if (input.keyResultId() != null || provided.cleared("keyResultId", null)) {
                    changes.replace("keyResult", risk.keyResultId, links[1], v -> risk.keyResultId = v);
                }
                return edits.changed(caller, scope, risk, input.version(), "risk.updated", "Risk", "changed the risk \"" + risk.title + "\"", changes)
                        .chain(() -> edits.planView(scope, scope.plan()))
                        .map(plan -> PlanViewBuilder.riskView(risk, plan));
            }));
        }));
    }

    private static void scale(String field, int value) {
        if (value < 1 || value > 5) {
            throw new ValidationFailed(field, field + " is from 1 to 5.");
        }
    }

    private Uni<String> owner(String email, PlanScope scope) {
        if (email == null || email.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        return edits.onePerParty("owner", List.of(email), scope).map(map -> map.values().iterator().next());
    }

    /** [deliverable, key result] a risk links to, both of the same plan version. */
    private Uni<UUID[]> links(PlanScope scope, String deliverableId, String keyResultId) {
        UUID deliverable = deliverableId == null || deliverableId.isBlank() ? null
                : Ids.parse(deliverableId).orElseThrow(() -> new ValidationFailed("deliverableId", "Not a deliverable of this plan version."));
        UUID keyResult = keyResultId == null || keyResultId.isBlank() ? null
                : Ids.parse(keyResultId).orElseThrow(() -> new ValidationFailed("keyResultId", "Not a key result of this plan version."));
        Uni<Long> d = deliverable == null ? Uni.createFrom().item(1L) : Deliverable.count("id = ?1 and planId = ?2", deliverable, scope.plan().id);
        Uni<Long> k = keyResult == null ? Uni.createFrom().item(1L) : KeyResult.count("id = ?1 and planId = ?2", keyResult, scope.plan().id);
        return d.chain(dc -> k.map(kc -> {
            if (dc == 0) {
                throw new ValidationFailed("deliverableId", "Not a deliverable of this plan version.");
            }
            if (kc == 0) {
                throw new ValidationFailed("keyResultId", "Not a key result of this plan version.");
            }
            return new UUID[] {deliverable, keyResult};
        }));
    }
}
