package dev.tandem.plan;

import java.util.List;
import java.util.UUID;

import dev.tandem.common.Changes;
import dev.tandem.common.Ids;
import dev.tandem.common.db.Db;
import dev.tandem.common.error.NotFound;
import dev.tandem.common.security.Caller;
import dev.tandem.plan.PlanViews.PlanView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Removing an item from a draft: its links go with it, a deliverable's dependents lose it as a prerequisite. */
@ApplicationScoped
public class PlanItemRemoval {

    private final PlanEdits edits;
    private final Db db;
    private final PlanRepository plans;

    public PlanItemRemoval(PlanEdits edits, Db db, PlanRepository plans) {
        this.edits = edits;
        this.db = db;
        this.plans = plans;
    }

    public Uni<PlanView> remove(Caller caller, PlanInputs.RemoveItem input) {
        UUID id = Ids.parse(input.id()).orElse(null);
        if (id == null) {
            return Uni.createFrom().failure(PlanEdits.itemNotFound());
        }
        return db.write(() -> removeAny(caller, id, input));
    }

    /** Finds which kind of item the id names and removes it, with the rights that kind needs. */
    private Uni<PlanView> removeAny(Caller caller, UUID id, PlanInputs.RemoveItem input) {
        return Objective.<Objective>findById(id).chain(o -> o != null
                ? removing(caller, o, o.planId, o.version, o.title, "Objective", true, input)
                : KeyResult.<KeyResult>findById(id).chain(k -> k != null
                        ? removing(caller, k, k.planId, k.version, k.title, "KeyResult", true, input)
                        : Workstream.<Workstream>findById(id).chain(w -> w != null
                                ? removing(caller, w, w.planId, w.version, w.name, "Workstream", true, input)
                                : Deliverable.<Deliverable>findById(id).chain(d -> d != null
                                        ? removeDeliverable(caller, d, input)
                                        : Risk.<Risk>findById(id).chain(r -> r != null
                                                ? removing(caller, r, r.planId, r.version, r.title, "Risk", false, input)
                                                : Uni.createFrom().failure(PlanEdits.itemNotFound()))))));
    }

    private Uni<PlanView> removeDeliverable(Caller caller, Deliverable deliverable, PlanInputs.RemoveItem input) {
        return edits.scope(caller, deliverable.planId).onFailure(NotFound.class).transform(ignored -> PlanEdits.itemNotFound()).chain(scope -> plans.leads(List.of(deliverable.workstreamId)).chain(leads -> {
            PlanEdits.requireLeadOrSteering(scope, leads.stream().anyMatch(a -> a.email().equals(caller.email())));
            return deleting(caller, scope, deliverable, deliverable.version, deliverable.title, "Deliverable", input);
        }));
    }

    private Uni<PlanView> removing(Caller caller, io.quarkus.hibernate.reactive.panache.PanacheEntityBase item, UUID planId, int version, String title,
            String type, boolean structure, PlanInputs.RemoveItem input) {
        return edits.scope(caller, planId).onFailure(NotFound.class).transform(ignored -> PlanEdits.itemNotFound()).chain(scope -> {
            if (structure) {
                PlanEdits.requireSteering(scope);
            } else {
                PlanEdits.requireRiskEditor(scope);
            }
            return deleting(caller, scope, item, version, title, type, input);
        });
    }

    private Uni<PlanView> deleting(Caller caller, PlanScope scope, io.quarkus.hibernate.reactive.panache.PanacheEntityBase item, int version, String title,
            String type, PlanInputs.RemoveItem input) {
        PlanEdits.requireVersion(version, input.version(), type.toLowerCase());
        return edits.edit(scope)
                .chain(() -> item.delete())
                .chain(() -> plans.flush())
                .chain(() -> edits.record(caller, scope, type.toLowerCase() + ".removed", type, UUID.fromString(input.id()),
                        "removed the " + type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase() + " \"" + title + "\"", Changes.state("title", title), null))
                .chain(() -> edits.planView(scope, scope.plan()));
    }
}
