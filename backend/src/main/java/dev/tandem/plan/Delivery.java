package dev.tandem.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.tandem.audit.AuditService;
import dev.tandem.audit.AuditService.Change;
import dev.tandem.common.Changes;
import dev.tandem.common.Ids;
import dev.tandem.common.Validate;
import dev.tandem.common.db.Db;
import dev.tandem.common.error.Conflict;
import dev.tandem.common.error.Forbidden;
import dev.tandem.common.error.ValidationFailed;
import dev.tandem.common.graphql.Provided;
import dev.tandem.common.security.Caller;
import dev.tandem.plan.PlanViews.DeliverableView;
import dev.tandem.plan.PlanViews.WorkstreamView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Workstreams and deliverables: leads and owners one per party, dependencies kept a DAG, delivery status. */
@ApplicationScoped
public class Delivery {

    private final PlanEdits edits;
    private final Db db;
    private final PlanRepository plans;
    private final AuditService audit;

    public Delivery(PlanEdits edits, Db db, PlanRepository plans, AuditService audit) {
        this.edits = edits;
        this.db = db;
        this.plans = plans;
        this.audit = audit;
    }

    public Uni<WorkstreamView> addWorkstream(Caller caller, PlanInputs.AddWorkstream input) {
        String name = Validate.required("name", input.name(), PlanEdits.MAX_TITLE);
        return db.write(() -> edits.scope(caller, input.planId()).chain(scope -> {
            PlanEdits.requireSteering(scope);
            return edits.onePerParty("leads", input.leads(), scope).chain(leads -> edits.edit(scope)
                    .chain(() -> Workstream.count("planId", scope.plan().id))
                    .chain(count -> {
                        Workstream workstream = new Workstream();
                        workstream.id = UUID.randomUUID();
                        workstream.planId = scope.plan().id;
                        workstream.lineage = UUID.randomUUID();
                        workstream.position = count.intValue();
                        workstream.name = name;
                        return workstream.<Workstream>persist()
                                .call(() -> plans.flush())
                                .call(() -> plans.replaceAssignees("workstream_lead", "workstream_id", workstream.id, leads))
                                .call(() -> edits.record(caller, scope, "workstream.added", "Workstream", workstream.id, "added the workstream \"" + name + "\"", null,
                                        Changes.state("name", name, "leads", leads.values())))
                                .map(saved -> PlanEdits.workstreamView(saved, scope, leads.containsValue(caller.email())));
                    }));
        }));
    }

    public Uni<WorkstreamView> updateWorkstream(Caller caller, PlanInputs.UpdateWorkstream input) {
        return db.write(() -> edits.item(caller, Workstream.class, input.id(), w -> w.planId).chain(found -> {
            Workstream workstream = found.item();
            PlanScope scope = found.scope();
            return plans.leads(List.of(workstream.id)).chain(current -> {
                boolean leadsIt = current.stream().anyMatch(a -> a.email().equals(caller.email()));
                PlanEdits.requireLeadOrSteering(scope, leadsIt);
                String name = input.name() == null ? null : Validate.required("name", input.name(), PlanEdits.MAX_TITLE);
                PlanEdits.requireVersion(workstream.version, input.version(), "workstream");
                Uni<Map<UUID, String>> leadsUni = input.leads() == null ? Uni.createFrom().item(PlanEdits.assigned(current)) : edits.onePerParty("leads", input.leads(), scope);
                return leadsUni.chain(leads -> {
                    Changes changes = new Changes();
                    changes.set("name", workstream.name, name, v -> workstream.name = v);
                    boolean leadsChanged = !PlanEdits.assigned(current).equals(leads);
                    if (leadsChanged) {
                        changes.note("leads", PlanEdits.sortedEmails(PlanEdits.assigned(current)), PlanEdits.sortedEmails(leads));
                    }
                    return (leadsChanged ? plans.replaceAssignees("workstream_lead", "workstream_id", workstream.id, leads) : Uni.createFrom().voidItem())
                            .chain(() -> edits.changed(caller, scope, workstream, input.version(), "workstream.updated", "Workstream",
                                    "changed the workstream \"" + workstream.name + "\"", changes))
                            .map(ignored -> PlanEdits.workstreamView(workstream, scope, leads.containsValue(caller.email())));
                });
            });
        }));
    }

    public Uni<DeliverableView> addDeliverable(Caller caller, PlanInputs.AddDeliverable input) {
        String title = Validate.required("title", input.title(), PlanEdits.MAX_TITLE);
        String done = Validate.optional("definitionOfDone", input.definitionOfDone(), PlanEdits.MAX_DONE);
        Validate.plausibleDate("dueOn", input.dueOn());
        return db.write(() -> edits.item(caller, Workstream.class, input.workstreamId(), w -> w.planId).chain(found -> {
            Workstream workstream = found.item();
            PlanScope scope = found.scope();
            return plans.leads(List.of(workstream.id)).chain(leadRows -> {
                boolean leadsIt = leadRows.stream().anyMatch(a -> a.email().equals(caller.email()));
                PlanEdits.requireLeadOrSteering(scope, leadsIt);
                return edits.onePerParty("owners", input.owners(), scope).chain(owners -> edits.edit(scope)
                        .chain(() -> Deliverable.count("workstreamId", workstream.id))
                        .chain(count -> {
                            Deliverable deliverable = new Deliverable();
                            deliverable.id = UUID.randomUUID();
                            deliverable.planId = scope.plan().id;
                            deliverable.workstreamId = workstream.id;
                            deliverable.lineage = UUID.randomUUID();
                            deliverable.position = count.intValue();
                            deliverable.title = title;
                            deliverable.definitionOfDone = done;
                            deliverable.dueOn = input.dueOn();
                            deliverable.status = DeliverableStatus.NOT_STARTED;
                            deliverable.milestone = Boolean.TRUE.equals(input.milestone());
                            return deliverable.<Deliverable>persist()
                                    .call(() -> plans.flush())
                                    .call(() -> plans.replaceAssignees("deliverable_owner", "deliverable_id", deliverable.id, owners))
                                    .call(() -> setDependencies(scope, deliverable, input.dependsOn(), new Changes()))
                                    .call(() -> edits.record(caller, scope, "deliverable.added", "Deliverable", deliverable.id,
                                            "added the deliverable \"" + title + "\"", null, Changes.state("title", title, "owners", owners.values())))
                                    .map(saved -> PlanViewBuilder.deliverableView(saved, scope.plan().status, scope.viewer(), leadsIt,
                                            owners.containsValue(caller.email())));
                        }));
            });
        }));
    }

    public Uni<DeliverableView> updateDeliverable(Caller caller, PlanInputs.UpdateDeliverable input, Provided provided) {
        return db.write(() -> edits.item(caller, Deliverable.class, input.id(), d -> d.planId).chain(found -> {
            Deliverable deliverable = found.item();
            PlanScope scope = found.scope();
            return plans.leads(List.of(deliverable.workstreamId)).chain(leadRows -> {
                boolean leadsIt = leadRows.stream().anyMatch(a -> a.email().equals(caller.email()));
                PlanEdits.requireLeadOrSteering(scope, leadsIt);
                String title = input.title() == null ? null : Validate.required("title", input.title(), PlanEdits.MAX_TITLE);
                String done = input.definitionOfDone() == null ? null : Validate.optional("definitionOfDone", input.definitionOfDone(), PlanEdits.MAX_DONE);
                Validate.plausibleDate("dueOn", input.dueOn());
                PlanEdits.requireVersion(deliverable.version, input.version(), "deliverable");
                return plans.owners(List.of(deliverable.id)).chain(currentOwners -> {
                    Uni<Map<UUID, String>> ownersUni = input.owners() == null ? Uni.createFrom().item(PlanEdits.assigned(currentOwners))
                            : edits.onePerParty("owners", input.owners(), scope);
                    return ownersUni.chain(owners -> {
                        Changes changes = new Changes();
                        changes.set("title", deliverable.title, title, v -> deliverable.title = v);
                        if (input.definitionOfDone() != null || provided.cleared("definitionOfDone", null)) {
                            changes.replace("definitionOfDone", deliverable.definitionOfDone, done, v -> deliverable.definitionOfDone = v);
                        }
                        changes.set("dueOn", deliverable.dueOn, input.dueOn(), v -> deliverable.dueOn = v);
                        if (provided.cleared("dueOn", input.dueOn())) {
                            changes.replace("dueOn", deliverable.dueOn, null, v -> deliverable.dueOn = v);
                        }
                        changes.set("milestone", deliverable.milestone, input.milestone(), v -> deliverable.milestone = v);
                        boolean ownersChanged = !PlanEdits.assigned(currentOwners).equals(owners);
                        if (ownersChanged) {
                            changes.note("owners", PlanEdits.sortedEmails(PlanEdits.assigned(currentOwners)), PlanEdits.sortedEmails(owners));
                        }
                        return (ownersChanged ? plans.replaceAssignees("deliverable_owner", "deliverable_id", deliverable.id, owners) : Uni.createFrom().voidItem())
                                .chain(() -> setDependencies(scope, deliverable, input.dependsOn(), changes))
                                .chain(() -> edits.changed(caller, scope, deliverable, input.version(), "deliverable.updated", "Deliverable",
                                        "changed the deliverable \"" + deliverable.title + "\"", changes))
                                .map(ignored -> PlanViewBuilder.deliverableView(deliverable, scope.plan().status, scope.viewer(), leadsIt,
                                        owners.containsValue(caller.email())));
                    });
                });
            });
        }));
    }

    /** Replaces a deliverable's prerequisites (noted in {@code changes} when they differ), refusing a cycle (named) and anything outside its plan version. */
    private Uni<Void> setDependencies(PlanScope scope, Deliverable deliverable, List<String> dependsOn, Changes changes) {
        if (dependsOn == null) {
            return Uni.createFrom().voidItem();
        }
        Set<UUID> targets = new LinkedHashSet<>();
        for (String id : dependsOn) {
            UUID target = Ids.parse(id).orElseThrow(() -> new ValidationFailed("dependsOn", "'" + id + "' is not a deliverable of this plan version."));
            if (target.equals(deliverable.id)) {
                throw new ValidationFailed("dependsOn", "A deliverable cannot depend on itself.");
            }
            targets.add(target);
        }
        return plans.deliverables(List.of(scope.plan().id)).chain(all -> plans.dependencies(List.of(scope.plan().id)).chain(existing -> {
            Map<UUID, Deliverable> byId = all.stream().collect(Collectors.toMap(d -> d.id, Function.identity()));
            for (UUID target : targets) {
                if (!byId.containsKey(target)) {
                    throw new ValidationFailed("dependsOn", "'" + target + "' is not a deliverable of this plan version.");
                }
            }
            Map<UUID, List<UUID>> graph = new HashMap<>();
            existing.stream().filter(d -> !d.deliverableId().equals(deliverable.id))
                    .forEach(d -> graph.computeIfAbsent(d.deliverableId(), k -> new ArrayList<>()).add(d.dependsOnId()));
            graph.put(deliverable.id, new ArrayList<>(targets));
            Optional<List<UUID>> cycle = PlanRules.findCycle(graph);
            if (cycle.isPresent()) {
                Map<UUID, String> titles = new HashMap<>();
                all.forEach(d -> titles.put(d.id, d.title));
                titles.put(deliverable.id, deliverable.title);
                throw new ValidationFailed("dependsOn", "That would make a cycle: "
                        + cycle.get().stream().map(id -> "\"" + titles.get(id) + "\"").collect(Collectors.joining(" → ")) + ".");
            }
            Set<UUID> current = existing.stream().filter(d -> d.deliverableId().equals(deliverable.id))
                    .map(PlanRepository.Dependency::dependsOnId).collect(Collectors.toSet());
            if (current.equals(targets)) {
                return Uni.createFrom().voidItem();
            }
            Function<Set<UUID>, List<String>> titles = ids -> ids.stream().map(id -> byId.get(id).title).sorted().toList();
            changes.note("dependsOn", titles.apply(current), titles.apply(targets));
            return plans.replaceDependencies(deliverable.id, targets);
        }));
    }

    public Uni<DeliverableView> setStatus(Caller caller, PlanInputs.SetDeliverableStatus input) {
        return db.write(() -> edits.item(caller, Deliverable.class, input.id(), d -> d.planId, false).chain(found -> {
            Deliverable deliverable = found.item();
            PlanScope scope = found.scope();
            return plans.leads(List.of(deliverable.workstreamId)).chain(leadRows -> plans.owners(List.of(deliverable.id)).chain(ownerRows -> {
                boolean leadsIt = leadRows.stream().anyMatch(a -> a.email().equals(caller.email()));
                boolean ownsIt = ownerRows.stream().anyMatch(a -> a.email().equals(caller.email()));
                var standing = scope.access().standing();
                if (!caller.isPerson() || !standing.accepted() || !(standing.steers() || leadsIt || ownsIt)) {
                    throw new Forbidden("Only the deliverable's owners, its workstream's leads and steering members update its status.");
                }
                if (scope.plan().status == PlanStatus.SUPERSEDED) {
                    throw new Conflict("Version " + scope.plan().number + " is superseded: update the current plan.");
                }
                PlanEdits.requireVersion(deliverable.version, input.version(), "deliverable");
                if (input.status() == deliverable.status) {
                    return Uni.createFrom().item(PlanViewBuilder.deliverableView(deliverable, scope.plan().status, scope.viewer(), leadsIt, ownsIt));
                }
                Uni<Void> check = input.status() != DeliverableStatus.DONE ? Uni.createFrom().voidItem()
                        : plans.dependencies(List.of(scope.plan().id)).chain(dependencies -> {
                            List<UUID> prerequisites = dependencies.stream().filter(d -> d.deliverableId().equals(deliverable.id))
                                    .map(PlanRepository.Dependency::dependsOnId).toList();
                            return plans.deliverablesByIds(prerequisites).invoke(rows -> {
                                List<String> open = rows.stream().filter(d -> d.status != DeliverableStatus.DONE).map(d -> "\"" + d.title + "\"").toList();
                                if (!open.isEmpty()) {
                                    throw new ValidationFailed("status", "\"" + deliverable.title + "\" cannot be DONE while " + String.join(", ", open)
                                            + (open.size() == 1 ? " is" : " are") + " not.");
                                }
                            }).replaceWithVoid();
                        });
                DeliverableStatus previous = deliverable.status;
                return check.chain(() -> {
                    deliverable.status = input.status();
                    return audit.record(caller, scope.access().organization(), new Change(scope.partnershipId(), "deliverable.status_set", "Deliverable",
                            deliverable.id, caller.name() + " set \"" + deliverable.title + "\" to " + input.status(),
                            Changes.state("status", previous), Changes.state("status", input.status())));
                }).call(() -> plans.flush())
                        .map(ignored -> PlanViewBuilder.deliverableView(deliverable, scope.plan().status, scope.viewer(), leadsIt, ownsIt));
            }));
        }));
    }
}
