package dev.tandem.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import dev.tandem.common.Clock;
import dev.tandem.common.Ids;
import dev.tandem.common.Validate;
import dev.tandem.common.db.Db;
import dev.tandem.common.error.Conflict;
import dev.tandem.common.error.Forbidden;
import dev.tandem.common.error.NotFound;
import dev.tandem.common.error.ValidationFailed;
import dev.tandem.common.graphql.Provided;
import dev.tandem.common.security.Caller;
import dev.tandem.partnership.MemberRole;
import dev.tandem.partnership.PartnershipAccess;
import dev.tandem.partnership.PartnershipAccess.Access;
import dev.tandem.person.PersonDirectory;
import dev.tandem.plan.PlanRepository.Assignee;
import dev.tandem.plan.PlanRepository.Ratification;
import dev.tandem.plan.PlanViews.CheckInView;
import dev.tandem.plan.PlanViews.DeliverableView;
import dev.tandem.plan.PlanViews.KeyResultView;
import dev.tandem.plan.PlanViews.ObjectiveView;
import dev.tandem.plan.PlanViews.PlanDiffView;
import dev.tandem.plan.PlanViews.PlanView;
import dev.tandem.plan.PlanViews.PlanViewer;
import dev.tandem.plan.PlanViews.RiskView;
import dev.tandem.plan.PlanViews.WorkstreamView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Changes to the Joint Execution Plan and its rules: who may change what, versions (a ratified version is
 * never edited: it is amended into the next draft), ratification by every party's sponsor of exactly the
 * revision they read, dependencies that stay a DAG, and an audit event for every change.
 */
@ApplicationScoped
public class PlanService {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 5000;
    static final int MAX_DONE = 500;

    private final Db db;
    private final PlanRepository plans;
    private final PlanReader reader;
    private final PartnershipAccess access;
    private final PersonDirectory directory;
    private final AuditService audit;
    private final MetricLinks metricLinks;

    public PlanService(Db db, PlanRepository plans, PlanReader reader, PartnershipAccess access, PersonDirectory directory, AuditService audit,
            MetricLinks metricLinks) {
        this.db = db;
        this.plans = plans;
        this.reader = reader;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.metricLinks = metricLinks;
    }

    /** A plan version with the caller's access to its partnership; the plan row is locked for this transaction. */
    private record Scope(Access access, Plan plan) {

        PlanViewer viewer() {
            var standing = access.standing();
            return new PlanViewer(standing.role(), standing.caller().email(), access.organization().id, standing.accepted());
        }

        UUID partnershipId() {
            return plan.partnershipId;
        }
    }

    // ------------------------------------------------------------------------------------ versions

    /** The newest version of a partnership's plan, as the caller sees it. */
    public Uni<PlanView> latest(Caller caller, String partnershipId) {
        return db.read(() -> access.require(caller, partnershipId)
                .chain(granted -> plans.latest(granted.partnership().id)
                        .onItem().ifNull().failWith(PlanService::planNotFound)
                        .chain(plan -> planView(new Scope(granted, plan), plan))));
    }

    public Uni<PlanView> amend(Caller caller, PlanInputs.Amend input) {
        String reason = Validate.required("reason", input.reason(), 1000);
        return db.write(() -> scope(caller, input.planId()).chain(scope -> {
            requireSteering(scope);
            if (scope.plan().status != PlanStatus.RATIFIED) {
                throw new Conflict("Only a ratified version is amended; version " + scope.plan().number + " is " + scope.plan().status + ".");
            }
            return plans.latest(scope.partnershipId()).chain(latest -> {
                if (latest.number != scope.plan().number) {
                    throw new Conflict("Version " + latest.number + " is already being drafted: change that one.");
                }
                return reader.contents(List.of(scope.plan().id))
                        .chain(contents -> copy(contents.get(scope.plan().id), caller, reason))
                        .call(next -> record(caller, scope, "plan.amended", "Plan", next.id,
                                "started version " + next.number + ": " + reason, null, Map.of("version", next.number)))
                        .chain(next -> planView(scope, next));
            });
        }));
    }

    /** Version n+1 as a draft: every item copied with new ids and the same lineage, links remapped. */
    private Uni<Plan> copy(PlanContent content, Caller caller, String reason) {
        Plan source = content.plan();
        Plan next = new Plan();
        next.id = UUID.randomUUID();
        next.partnershipId = source.partnershipId;
        next.number = source.number + 1;
        next.status = PlanStatus.DRAFT;
        next.amendmentReason = reason;
        next.nextReviewOn = source.nextReviewOn;
        next.createdAt = Clock.now();
        next.createdBy = caller.subject();
        Map<UUID, UUID> ids = new HashMap<>();
        List<PlanItem> rows = new ArrayList<>();
        for (Objective o : content.objectives()) {
            Objective c = o.copyInto(new Objective(), next.id, ids);
            c.position = o.position;
            c.title = o.title;
            c.description = o.description;
            rows.add(c);
        }
        for (KeyResult k : content.keyResults()) {
            KeyResult c = k.copyInto(new KeyResult(), next.id, ids);
            c.objectiveId = ids.get(k.objectiveId);
            c.position = k.position;
            c.title = k.title;
            c.baseline = k.baseline;
            c.target = k.target;
            c.unit = k.unit;
            c.metricId = k.metricId;
            rows.add(c);
        }
        for (Workstream w : content.workstreams()) {
            Workstream c = w.copyInto(new Workstream(), next.id, ids);
            c.position = w.position;
            c.name = w.name;
            rows.add(c);
        }
        for (Deliverable d : content.deliverables()) {
            Deliverable c = d.copyInto(new Deliverable(), next.id, ids);
            c.workstreamId = ids.get(d.workstreamId);
            c.position = d.position;
            c.title = d.title;
            c.definitionOfDone = d.definitionOfDone;
            c.dueOn = d.dueOn;
            c.status = d.status;
            c.milestone = d.milestone;
            rows.add(c);
        }
        for (Risk r : content.risks()) {
            Risk c = r.copyInto(new Risk(), next.id, ids);
            c.title = r.title;
            c.probability = r.probability;
            c.impact = r.impact;
            c.mitigation = r.mitigation;
            c.ownerEmail = r.ownerEmail;
            c.deliverableId = r.deliverableId == null ? null : ids.get(r.deliverableId);
            c.keyResultId = r.keyResultId == null ? null : ids.get(r.keyResultId);
            rows.add(c);
        }
        Uni<Void> chain = next.persist().replaceWithVoid()
                .chain(() -> PlanItem.persist(rows))
                .chain(() -> plans.flush());
        for (Workstream w : content.workstreams()) {
            chain = chain.chain(() -> plans.replaceAssignees("workstream_lead", "workstream_id", ids.get(w.id), assigned(content.leadsOf(w.id))));
        }
        for (Deliverable d : content.deliverables()) {
            chain = chain.chain(() -> plans.replaceAssignees("deliverable_owner", "deliverable_id", ids.get(d.id), assigned(content.ownersOf(d.id))));
            List<UUID> prerequisites = content.prerequisites().getOrDefault(d.id, List.of()).stream().map(ids::get).toList();
            if (!prerequisites.isEmpty()) {
                chain = chain.chain(() -> plans.replaceDependencies(ids.get(d.id), prerequisites));
            }
        }
        return chain.replaceWith(next);
    }


    private static Map<UUID, String> assigned(List<Assignee> assignees) {
        Map<UUID, String> byOrganization = new LinkedHashMap<>();
        assignees.forEach(a -> byOrganization.put(a.organizationId(), a.email()));
        return byOrganization;
    }

    public Uni<PlanView> update(Caller caller, PlanInputs.Update input) {
        return db.write(() -> scope(caller, input.planId()).chain(scope -> {
            requireSteering(scope);
            Validate.plausibleDate("nextReviewOn", input.nextReviewOn());
            requireRevision(scope.plan(), input.revision());
            return edit(scope).chain(() -> {
                Object before = scope.plan().nextReviewOn;
                scope.plan().nextReviewOn = input.nextReviewOn();
                return record(caller, scope, "plan.updated", "Plan", scope.plan().id, "set the next review to " + input.nextReviewOn(),
                        Changes.state("nextReviewOn", before), Changes.state("nextReviewOn", input.nextReviewOn()));
            }).chain(() -> planView(scope, scope.plan()));
        }));
    }

    public Uni<PlanView> propose(Caller caller, PlanInputs.Revision input) {
        return db.write(() -> scope(caller, input.planId()).chain(scope -> {
            if (!scope.access().standing().sponsors()) {
                throw new Forbidden("Only a sponsor can propose the plan.");
            }
            Plan plan = scope.plan();
            if (plan.status != PlanStatus.DRAFT) {
                throw new Conflict("Version " + plan.number + " is " + plan.status + "; only a draft is proposed.");
            }
            requireRevision(plan, input.revision());
            return reader.contents(List.of(plan.id)).chain(contents -> {
                PlanContent content = contents.get(plan.id);
                Set<UUID> parties = Set.copyOf(scope.access().acceptedOrganizations());
                List<String> unowned = content.deliverables().stream()
                        .filter(d -> !content.ownersOf(d.id).stream().map(Assignee::organizationId).collect(Collectors.toSet()).containsAll(parties))
                        .map(d -> "\"" + d.title + "\"").toList();
                if (!unowned.isEmpty()) {
                    throw new ValidationFailed("owners", "Every deliverable needs an owner of each party before the plan is proposed; missing on "
                            + String.join(", ", unowned.subList(0, Math.min(5, unowned.size()))) + (unowned.size() > 5 ? " and " + (unowned.size() - 5) + " more." : "."));
                }
                plan.status = PlanStatus.PROPOSED;
                plan.proposedAt = Clock.now();
                plan.revision++;
                return record(caller, scope, "plan.proposed", "Plan", plan.id, "proposed version " + plan.number + " for ratification",
                        Changes.state("status", PlanStatus.DRAFT), Changes.state("status", PlanStatus.PROPOSED))
                        .chain(() -> planView(scope, plan));
            });
        }));
    }

    public Uni<PlanView> ratify(Caller caller, PlanInputs.Revision input) {
        return db.write(() -> scope(caller, input.planId()).chain(scope -> {
            if (!scope.access().standing().sponsors()) {
                throw new Forbidden("Only a sponsor can ratify the plan for their party.");
            }
            Plan plan = scope.plan();
            if (plan.status != PlanStatus.PROPOSED) {
                throw new Conflict("Version " + plan.number + " is " + plan.status + "; only a proposed version is ratified.");
            }
            requireRevision(plan, input.revision());
            UUID own = scope.access().organization().id;
            return plans.ratifications(List.of(plan.id)).chain(existing -> {
                if (existing.stream().anyMatch(r -> r.organizationId().equals(own))) {
                    throw new Conflict(scope.access().organization().name + " has already ratified version " + plan.number + ".");
                }
                var now = Clock.now();
                Set<UUID> ratified = existing.stream().map(Ratification::organizationId).collect(Collectors.toSet());
                ratified.add(own);
                boolean everyone = ratified.containsAll(scope.access().acceptedOrganizations());
                Uni<Void> chain = plans.addRatification(plan.id, own, caller.subject(), caller.email(), now).replaceWithVoid()
                        .call(() -> record(caller, scope, "plan.ratified", "Plan", plan.id,
                                "ratified version " + plan.number + " for " + scope.access().organization().name, null, Changes.state("organization", scope.access().organization().slug)));
                if (everyone) {
                    chain = chain.chain(() -> takeEffect(plan, now));
                }
                return chain.chain(() -> planView(scope, plan));
            });
        }));
    }

    /** Every party ratified: this version takes over from the previous ratified one, keeping its delivery status. */
    private Uni<Void> takeEffect(Plan plan, java.time.Instant now) {
        plan.status = PlanStatus.RATIFIED;
        plan.ratifiedAt = now;
        return Plan.<Plan>list("partnershipId = ?1 and status = ?2 and id <> ?3", plan.partnershipId, PlanStatus.RATIFIED, plan.id)
                .chain(previous -> {
                    if (previous.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    previous.forEach(p -> p.status = PlanStatus.SUPERSEDED);
                    List<UUID> ids = previous.stream().map(p -> p.id).toList();
                    return plans.deliverables(ids).chain(old -> plans.deliverables(List.of(plan.id)).invoke(current -> {
                        Map<UUID, DeliverableStatus> statusByLineage = old.stream().collect(Collectors.toMap(d -> d.lineage, d -> d.status, (a, b) -> a));
                        current.forEach(d -> d.status = statusByLineage.getOrDefault(d.lineage, d.status));
                    })).replaceWithVoid();
                });
    }

    // ------------------------------------------------------------------------------------ objectives and key results

    public Uni<ObjectiveView> addObjective(Caller caller, PlanInputs.AddObjective input) {
        String title = Validate.required("title", input.title(), MAX_TITLE);
        String description = Validate.optional("description", input.description(), MAX_TEXT);
        return db.write(() -> scope(caller, input.planId()).chain(scope -> {
            requireSteering(scope);
            return edit(scope).chain(() -> Objective.count("planId", scope.plan().id)).chain(count -> {
                Objective objective = new Objective();
                objective.id = UUID.randomUUID();
                objective.planId = scope.plan().id;
                objective.lineage = UUID.randomUUID();
                objective.position = count.intValue();
                objective.title = title;
                objective.description = description;
                return objective.<Objective>persist()
                        .call(() -> record(caller, scope, "objective.added", "Objective", objective.id, "added the objective \"" + title + "\"", null, Changes.state("title", title)))
                        .call(() -> plans.flush())
                        .map(saved -> objectiveView(saved, scope));
            });
        }));
    }

    public Uni<ObjectiveView> updateObjective(Caller caller, PlanInputs.UpdateObjective input, Provided provided) {
        return db.write(() -> item(caller, Objective.class, input.id(), o -> o.planId).chain(found -> {
            Objective objective = found.item();
            Scope scope = found.scope();
            requireSteering(scope);
            String title = input.title() == null ? null : Validate.required("title", input.title(), MAX_TITLE);
            String description = input.description() == null ? null : Validate.optional("description", input.description(), MAX_TEXT);
            requireVersion(objective.version, input.version(), "objective");
            Changes changes = new Changes();
            changes.set("title", objective.title, title, v -> objective.title = v);
            if (input.description() != null || provided.cleared("description", null)) {
                changes.replace("description", objective.description, description, v -> objective.description = v);
            }
            return changed(caller, scope, objective, input.version(), "objective.updated", "Objective", "changed the objective \"" + objective.title + "\"", changes)
                    .map(ignored -> objectiveView(objective, scope));
        }));
    }

    public Uni<KeyResultView> addKeyResult(Caller caller, PlanInputs.AddKeyResult input) {
        String title = Validate.required("title", input.title(), MAX_TITLE);
        String unit = Validate.optional("unit", input.unit(), 40);
        return db.write(() -> item(caller, Objective.class, input.objectiveId(), o -> o.planId).chain(found -> {
            Scope scope = found.scope();
            requireSteering(scope);
            return edit(scope).chain(() -> KeyResult.count("objectiveId", found.item().id)).chain(count -> {
                KeyResult keyResult = new KeyResult();
                keyResult.id = UUID.randomUUID();
                keyResult.planId = scope.plan().id;
                keyResult.objectiveId = found.item().id;
                keyResult.lineage = UUID.randomUUID();
                keyResult.position = count.intValue();
                keyResult.title = title;
                keyResult.baseline = input.baseline();
                keyResult.target = input.target();
                keyResult.unit = unit;
                return metricOf(scope, input.metricId()).chain(metric -> {
                    keyResult.metricId = metric;
                    return keyResult.<KeyResult>persist();
                })
                        .call(() -> record(caller, scope, "key_result.added", "KeyResult", keyResult.id, "added the key result \"" + title + "\"", null,
                                Changes.state("title", title, "baseline", input.baseline(), "target", input.target())))
                        .call(() -> plans.flush())
                        .map(saved -> PlanReader.keyResultView(saved, scope.partnershipId()));
            });
        }));
    }

    public Uni<KeyResultView> updateKeyResult(Caller caller, PlanInputs.UpdateKeyResult input, Provided provided) {
        return db.write(() -> item(caller, KeyResult.class, input.id(), k -> k.planId).chain(found -> {
            KeyResult keyResult = found.item();
            Scope scope = found.scope();
            requireSteering(scope);
            String title = input.title() == null ? null : Validate.required("title", input.title(), MAX_TITLE);
            String unit = input.unit() == null ? null : Validate.optional("unit", input.unit(), 40);
            requireVersion(keyResult.version, input.version(), "key result");
            Changes changes = new Changes();
            changes.set("title", keyResult.title, title, v -> keyResult.title = v);
            changes.number("baseline", keyResult.baseline, input.baseline(), v -> keyResult.baseline = v);
            changes.number("target", keyResult.target, input.target(), v -> keyResult.target = v);
            if (provided.cleared("baseline", input.baseline())) {
                changes.replace("baseline", keyResult.baseline, null, v -> keyResult.baseline = v);
            }
            if (provided.cleared("target", input.target())) {
                changes.replace("target", keyResult.target, null, v -> keyResult.target = v);
            }
            if (input.unit() != null || provided.cleared("unit", null)) {
                changes.replace("unit", keyResult.unit, unit, v -> keyResult.unit = v);
            }
            return metricOf(scope, input.metricId()).chain(metric -> {
                if (input.metricId() != null || provided.cleared("metricId", null)) {
                    changes.replace("metric", keyResult.metricId, metric, v -> keyResult.metricId = v);
                }
                return changed(caller, scope, keyResult, input.version(), "key_result.updated", "KeyResult", "changed the key result \"" + keyResult.title + "\"", changes)
                    .map(ignored -> PlanReader.keyResultView(keyResult, scope.partnershipId()));
            });
        }));
    }

    public Uni<CheckInView> checkIn(Caller caller, PlanInputs.CheckIn input) {
        if (input.confidence() < 0 || input.confidence() > 10) {
            throw new ValidationFailed("confidence", "confidence is from 0 (no chance) to 10 (certain).");
        }
        String comment = Validate.optional("comment", input.comment(), 2000);
        return db.write(() -> item(caller, KeyResult.class, input.keyResultId(), k -> k.planId, false).chain(found -> {
            Scope scope = found.scope();
            var standing = scope.access().standing();
            if (!standing.accepted() || !caller.isPerson()
                    || !(standing.steers() || standing.role() == MemberRole.LEAD)) {
                throw new Forbidden("Check-ins come from a party's sponsors, steering members and leads.");
            }
            if (scope.plan().status == PlanStatus.SUPERSEDED) {
                throw new Conflict("Version " + scope.plan().number + " is superseded: check in on the current plan.");
            }
            CheckIn checkIn = new CheckIn();
            checkIn.id = UUID.randomUUID();
            checkIn.partnershipId = scope.partnershipId();
            checkIn.keyResultLineage = found.item().lineage;
            checkIn.organizationId = scope.access().organization().id;
            checkIn.value = input.value();
            checkIn.confidence = input.confidence();
            checkIn.comment = comment;
            checkIn.bySubject = caller.subject();
            checkIn.byEmail = caller.email();
            checkIn.at = Clock.now();
            return checkIn.<CheckIn>persist()
                    .call(() -> audit.record(caller, scope.access().organization(), new Change(scope.partnershipId(), "key_result.checked_in", "KeyResult",
                            found.item().id, caller.name() + " checked in on \"" + found.item().title + "\" with confidence " + input.confidence(), null,
                            Changes.state("value", input.value(), "confidence", input.confidence()))))
                    .chain(saved -> reader.checkInViews(List.of(saved)).map(views -> views.get(saved.id)));
        }));
    }

    /** A metric of the plan's partnership, for a key result to be measured by; blank or absent links none. */
    private Uni<UUID> metricOf(Scope scope, String metricId) {
        if (metricId == null || metricId.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        UUID id = Ids.parse(metricId).orElseThrow(() -> new ValidationFailed("metricId", "Not a metric of this partnership."));
        return metricLinks.isMetricOf(scope.partnershipId(), id).map(linkable -> {
            if (!linkable) {
                throw new ValidationFailed("metricId", "Not a metric of this partnership.");
            }
            return id;
        });
    }

    // ------------------------------------------------------------------------------------ workstreams and deliverables

    public Uni<WorkstreamView> addWorkstream(Caller caller, PlanInputs.AddWorkstream input) {
        String name = Validate.required("name", input.name(), MAX_TITLE);
        return db.write(() -> scope(caller, input.planId()).chain(scope -> {
            requireSteering(scope);
            return onePerParty("leads", input.leads(), scope).chain(leads -> edit(scope)
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
                                .call(() -> record(caller, scope, "workstream.added", "Workstream", workstream.id, "added the workstream \"" + name + "\"", null,
                                        Changes.state("name", name, "leads", leads.values())))
                                .map(saved -> workstreamView(saved, scope, leads.containsValue(caller.email())));
                    }));
        }));
    }

    public Uni<WorkstreamView> updateWorkstream(Caller caller, PlanInputs.UpdateWorkstream input) {
        return db.write(() -> item(caller, Workstream.class, input.id(), w -> w.planId).chain(found -> {
            Workstream workstream = found.item();
            Scope scope = found.scope();
            return plans.leads(List.of(workstream.id)).chain(current -> {
                boolean leadsIt = current.stream().anyMatch(a -> a.email().equals(caller.email()));
                requireLeadOrSteering(scope, leadsIt);
                String name = input.name() == null ? null : Validate.required("name", input.name(), MAX_TITLE);
                requireVersion(workstream.version, input.version(), "workstream");
                Uni<Map<UUID, String>> leadsUni = input.leads() == null ? Uni.createFrom().item(assigned(current)) : onePerParty("leads", input.leads(), scope);
                return leadsUni.chain(leads -> {
                    Changes changes = new Changes();
                    changes.set("name", workstream.name, name, v -> workstream.name = v);
                    boolean leadsChanged = !assigned(current).equals(leads);
                    if (leadsChanged) {
                        changes.note("leads", sortedEmails(assigned(current)), sortedEmails(leads));
                    }
                    return (leadsChanged ? plans.replaceAssignees("workstream_lead", "workstream_id", workstream.id, leads) : Uni.createFrom().voidItem())
                            .chain(() -> changed(caller, scope, workstream, input.version(), "workstream.updated", "Workstream",
                                    "changed the workstream \"" + workstream.name + "\"", changes))
                            .map(ignored -> workstreamView(workstream, scope, leads.containsValue(caller.email())));
                });
            });
        }));
    }

    public Uni<DeliverableView> addDeliverable(Caller caller, PlanInputs.AddDeliverable input) {
        String title = Validate.required("title", input.title(), MAX_TITLE);
        String done = Validate.optional("definitionOfDone", input.definitionOfDone(), MAX_DONE);
        Validate.plausibleDate("dueOn", input.dueOn());
        return db.write(() -> item(caller, Workstream.class, input.workstreamId(), w -> w.planId).chain(found -> {
            Workstream workstream = found.item();
            Scope scope = found.scope();
            return plans.leads(List.of(workstream.id)).chain(leadRows -> {
                boolean leadsIt = leadRows.stream().anyMatch(a -> a.email().equals(caller.email()));
                requireLeadOrSteering(scope, leadsIt);
                return onePerParty("owners", input.owners(), scope).chain(owners -> edit(scope)
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
                                    .call(() -> record(caller, scope, "deliverable.added", "Deliverable", deliverable.id,
                                            "added the deliverable \"" + title + "\"", null, Changes.state("title", title, "owners", owners.values())))
                                    .map(saved -> PlanReader.deliverableView(saved, scope.plan().status, scope.viewer(), leadsIt,
                                            owners.containsValue(caller.email())));
                        }));
            });
        }));
    }

    public Uni<DeliverableView> updateDeliverable(Caller caller, PlanInputs.UpdateDeliverable input, Provided provided) {
        return db.write(() -> item(caller, Deliverable.class, input.id(), d -> d.planId).chain(found -> {
            Deliverable deliverable = found.item();
            Scope scope = found.scope();
            return plans.leads(List.of(deliverable.workstreamId)).chain(leadRows -> {
                boolean leadsIt = leadRows.stream().anyMatch(a -> a.email().equals(caller.email()));
                requireLeadOrSteering(scope, leadsIt);
                String title = input.title() == null ? null : Validate.required("title", input.title(), MAX_TITLE);
                String done = input.definitionOfDone() == null ? null : Validate.optional("definitionOfDone", input.definitionOfDone(), MAX_DONE);
                Validate.plausibleDate("dueOn", input.dueOn());
                requireVersion(deliverable.version, input.version(), "deliverable");
                return plans.owners(List.of(deliverable.id)).chain(currentOwners -> {
                    Uni<Map<UUID, String>> ownersUni = input.owners() == null ? Uni.createFrom().item(assigned(currentOwners))
                            : onePerParty("owners", input.owners(), scope);
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
                        boolean ownersChanged = !assigned(currentOwners).equals(owners);
                        if (ownersChanged) {
                            changes.note("owners", sortedEmails(assigned(currentOwners)), sortedEmails(owners));
                        }
                        return (ownersChanged ? plans.replaceAssignees("deliverable_owner", "deliverable_id", deliverable.id, owners) : Uni.createFrom().voidItem())
                                .chain(() -> setDependencies(scope, deliverable, input.dependsOn(), changes))
                                .chain(() -> changed(caller, scope, deliverable, input.version(), "deliverable.updated", "Deliverable",
                                        "changed the deliverable \"" + deliverable.title + "\"", changes))
                                .map(ignored -> PlanReader.deliverableView(deliverable, scope.plan().status, scope.viewer(), leadsIt,
                                        owners.containsValue(caller.email())));
                    });
                });
            });
        }));
    }

    /** Replaces a deliverable's prerequisites (noted in {@code changes} when they differ), refusing a cycle (named) and anything outside its plan version. */
    private Uni<Void> setDependencies(Scope scope, Deliverable deliverable, List<String> dependsOn, Changes changes) {
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
        return db.write(() -> item(caller, Deliverable.class, input.id(), d -> d.planId, false).chain(found -> {
            Deliverable deliverable = found.item();
            Scope scope = found.scope();
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
                requireVersion(deliverable.version, input.version(), "deliverable");
                if (input.status() == deliverable.status) {
                    return Uni.createFrom().item(PlanReader.deliverableView(deliverable, scope.plan().status, scope.viewer(), leadsIt, ownsIt));
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
                        .map(ignored -> PlanReader.deliverableView(deliverable, scope.plan().status, scope.viewer(), leadsIt, ownsIt));
            }));
        }));
    }

    // ------------------------------------------------------------------------------------ risks

    public Uni<RiskView> addRisk(Caller caller, PlanInputs.AddRisk input) {
        String title = Validate.required("title", input.title(), MAX_TITLE);
        String mitigation = Validate.optional("mitigation", input.mitigation(), 2000);
        scale("probability", input.probability());
        scale("impact", input.impact());
        return db.write(() -> scope(caller, input.planId()).chain(scope -> {
            requireRiskEditor(scope);
            return owner(input.owner(), scope).chain(owner -> links(scope, input.deliverableId(), input.keyResultId()).chain(links -> edit(scope).chain(() -> {
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
                        .call(() -> record(caller, scope, "risk.added", "Risk", risk.id, "added the risk \"" + title + "\" (score " + risk.score() + ")", null,
                                Changes.state("title", title, "probability", risk.probability, "impact", risk.impact)))
                        .call(() -> plans.flush())
                        .chain(saved -> planView(scope, scope.plan()).map(plan -> PlanReader.riskView(saved, plan)));
            })));
        }));
    }

    public Uni<RiskView> updateRisk(Caller caller, PlanInputs.UpdateRisk input, Provided provided) {
        return db.write(() -> item(caller, Risk.class, input.id(), r -> r.planId).chain(found -> {
            Risk risk = found.item();
            Scope scope = found.scope();
            requireRiskEditor(scope);
            String title = input.title() == null ? null : Validate.required("title", input.title(), MAX_TITLE);
            String mitigation = input.mitigation() == null ? null : Validate.optional("mitigation", input.mitigation(), 2000);
            if (input.probability() != null) {
                scale("probability", input.probability());
            }
            if (input.impact() != null) {
                scale("impact", input.impact());
            }
            requireVersion(risk.version, input.version(), "risk");
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
                return changed(caller, scope, risk, input.version(), "risk.updated", "Risk", "changed the risk \"" + risk.title + "\"", changes)
                        .chain(() -> planView(scope, scope.plan()))
                        .map(plan -> PlanReader.riskView(risk, plan));
            }));
        }));
    }

    private static void scale(String field, int value) {
        if (value < 1 || value > 5) {
            throw new ValidationFailed(field, field + " is from 1 to 5.");
        }
    }

    private Uni<String> owner(String email, Scope scope) {
        if (email == null || email.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        return onePerParty("owner", List.of(email), scope).map(map -> map.values().iterator().next());
    }

    /** [deliverable, key result] a risk links to, both of the same plan version. */
    private Uni<UUID[]> links(Scope scope, String deliverableId, String keyResultId) {
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

    // ------------------------------------------------------------------------------------ removal

    public Uni<PlanView> remove(Caller caller, PlanInputs.RemoveItem input) {
        UUID id = Ids.parse(input.id()).orElse(null);
        if (id == null) {
            return Uni.createFrom().failure(itemNotFound());
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
                                                : Uni.createFrom().failure(itemNotFound()))))));
    }

    private Uni<PlanView> removeDeliverable(Caller caller, Deliverable deliverable, PlanInputs.RemoveItem input) {
        return scope(caller, deliverable.planId).onFailure(NotFound.class).transform(ignored -> itemNotFound()).chain(scope -> plans.leads(List.of(deliverable.workstreamId)).chain(leads -> {
            requireLeadOrSteering(scope, leads.stream().anyMatch(a -> a.email().equals(caller.email())));
            return deleting(caller, scope, deliverable, deliverable.version, deliverable.title, "Deliverable", input);
        }));
    }

    private Uni<PlanView> removing(Caller caller, io.quarkus.hibernate.reactive.panache.PanacheEntityBase item, UUID planId, int version, String title,
            String type, boolean structure, PlanInputs.RemoveItem input) {
        return scope(caller, planId).onFailure(NotFound.class).transform(ignored -> itemNotFound()).chain(scope -> {
            if (structure) {
                requireSteering(scope);
            } else {
                requireRiskEditor(scope);
            }
            return deleting(caller, scope, item, version, title, type, input);
        });
    }

    private Uni<PlanView> deleting(Caller caller, Scope scope, io.quarkus.hibernate.reactive.panache.PanacheEntityBase item, int version, String title,
            String type, PlanInputs.RemoveItem input) {
        requireVersion(version, input.version(), type.toLowerCase());
        return edit(scope)
                .chain(() -> item.delete())
                .chain(() -> plans.flush())
                .chain(() -> record(caller, scope, type.toLowerCase() + ".removed", type, UUID.fromString(input.id()),
                        "removed the " + type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase() + " \"" + title + "\"", Changes.state("title", title), null))
                .chain(() -> planView(scope, scope.plan()));
    }

    // ------------------------------------------------------------------------------------ diff

    /** What changed between two versions of one partnership's plan; null when either is absent or not the caller's. */
    public Uni<PlanDiffView> diff(Caller caller, String fromId, String toId) {
        UUID from = Ids.parse(fromId).orElse(null);
        UUID to = Ids.parse(toId).orElse(null);
        if (from == null || to == null) {
            return Uni.createFrom().nullItem();
        }
        return db.read(() -> Plan.<Plan>list("id in ?1", List.of(from, to)).chain(found -> {
            if (found.size() != (from.equals(to) ? 1 : 2) || found.stream().map(p -> p.partnershipId).distinct().count() != 1) {
                return Uni.createFrom().<PlanDiffView>nullItem();
            }
            return access.require(caller, found.get(0).partnershipId)
                    .onFailure(NotFound.class).recoverWithNull()
                    .chain(granted -> granted == null ? Uni.createFrom().<PlanDiffView>nullItem()
                            : reader.contents(List.of(from, to)).chain(contents -> plans.ratifications(List.of(from, to))
                                    .chain(ratifications -> plans.latest(granted.partnership().id).map(latest -> {
                                        Scope scope = new Scope(granted, contents.get(from).plan());
                                        PlanViewer viewer = scope.viewer();
                                        return new PlanDiffView(
                                                PlanReader.view(contents.get(from).plan(), viewer, ratifications, latest.number),
                                                PlanReader.view(contents.get(to).plan(), viewer, ratifications, latest.number),
                                                PlanRules.diff(contents.get(from), contents.get(to)));
                                    }))));
        }));
    }

    // ------------------------------------------------------------------------------------ helpers

    private record Found<T>(T item, Scope scope) {
    }

    private <T extends io.quarkus.hibernate.reactive.panache.PanacheEntityBase> Uni<Found<T>> item(Caller caller, Class<T> type, String id,
            Function<T, UUID> planOf) {
        return item(caller, type, id, planOf, true);
    }

    /** An item of a plan the caller can see, with its (locked) plan; NOT_FOUND otherwise, worded as for a missing id. */
    private <T extends io.quarkus.hibernate.reactive.panache.PanacheEntityBase> Uni<Found<T>> item(Caller caller, Class<T> type, String id,
            Function<T, UUID> planOf, boolean lock) {
        UUID uuid = Ids.parse(id).orElse(null);
        if (uuid == null) {
            return Uni.createFrom().failure(itemNotFound());
        }
        return Plan.getSession().chain(session -> session.find(type, uuid))
                .onItem().ifNull().failWith(PlanService::itemNotFound)
                .chain(item -> scope(caller, planOf.apply(item), lock)
                        .onFailure(NotFound.class).transform(ignored -> itemNotFound())
                        .map(scope -> new Found<>(item, scope)));
    }

    private Uni<Scope> scope(Caller caller, String planId) {
        UUID id = Ids.parse(planId).orElse(null);
        return id == null ? Uni.createFrom().failure(planNotFound()) : scope(caller, id);
    }

    private Uni<Scope> scope(Caller caller, UUID planId) {
        return scope(caller, planId, true);
    }

    private Uni<Scope> scope(Caller caller, UUID planId, boolean lock) {
        return Plan.<Plan>findById(planId)
                .onItem().ifNull().failWith(PlanService::planNotFound)
                .chain(plan -> access.require(caller, plan.partnershipId)
                        .onFailure(NotFound.class).transform(ignored -> planNotFound())
                        .chain(granted -> (lock ? plans.lock(planId) : Uni.createFrom().item(plan)).map(locked -> new Scope(granted, locked))));
    }

    private static NotFound planNotFound() {
        return new NotFound("No plan with that id.");
    }

    private static NotFound itemNotFound() {
        return new NotFound("No plan item with that id.");
    }

    /** Starts an edit of the version's content: refused once ratified; a proposal goes back to draft, its ratifications void. */
    private Uni<Void> edit(Scope scope) {
        Plan plan = scope.plan();
        if (!plan.editable()) {
            throw new Conflict("Version " + plan.number + " is " + plan.status + ": amend it to change it.");
        }
        plan.revision++;
        if (plan.status == PlanStatus.PROPOSED) {
            plan.status = PlanStatus.DRAFT;
            plan.proposedAt = null;
            return plans.clearRatifications(plan.id).replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    /**
     * Ends an item's update: the plan's edit, the audit event, and a new version of the item whenever anything of
     * it changed, its link rows (owners, leads, dependencies) included, so the answer carries the version the next
     * edit needs. {@code read} is the version the edit started from: a flush of changed columns (perhaps an
     * automatic one before a query) has already moved past it.
     */
    private Uni<Void> changed(Caller caller, Scope scope, PlanItem item, int read, String action, String type, String summary, Changes changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return edit(scope)
                .chain(() -> record(caller, scope, action, type, item.id, summary + ": " + changes.fields(), changes.before(), changes.after()))
                .chain(() -> plans.flush())
                .chain(() -> item.version == read ? bumpVersion(item) : Uni.createFrom().voidItem());
    }

    /** A new version now (not at commit, as OPTIMISTIC_FORCE_INCREMENT would), so the answer shows it; stale if someone else bumped it. */
    private static Uni<Void> bumpVersion(PlanItem item) {
        return Plan.getSession().chain(session -> session.lock(item, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT)).replaceWithVoid();
    }

    private Uni<Void> record(Caller caller, Scope scope, String action, String type, UUID id, String summary, Map<String, ?> before, Map<String, ?> after) {
        return audit.record(caller, scope.access().organization(),
                new Change(scope.partnershipId(), action, type, id, caller.name() + " " + summary, before, after)).replaceWithVoid();
    }


    private static void requireSteering(Scope scope) {
        if (!scope.access().standing().steers()) {
            throw new Forbidden("Only sponsors and steering members shape the plan.");
        }
    }

    private static void requireLeadOrSteering(Scope scope, boolean leadsIt) {
        var standing = scope.access().standing();
        if (!standing.caller().isPerson() || !standing.accepted() || !(standing.steers() || leadsIt)) {
            throw new Forbidden("Only the workstream's leads and steering members change it.");
        }
    }

    private static void requireRiskEditor(Scope scope) {
        var standing = scope.access().standing();
        if (!standing.steers() && !(standing.accepted() && standing.role() == MemberRole.LEAD)) {
            throw new Forbidden("Only sponsors, steering members and leads keep the risk register.");
        }
    }

    private static void requireRevision(Plan plan, int revision) {
        if (plan.revision != revision) {
            throw new Conflict("revision", "Version " + plan.number + " changed since you read it (revision " + revision + ", now "
                    + plan.revision + "); reload and check it again.");
        }
    }

    private static void requireVersion(int current, int given, String what) {
        if (current != given) {
            throw new Conflict("version", "The " + what + " changed since you read it (version " + given + ", now " + current + "); reload and try again.");
        }
    }

    /** Emails of people of the accepted parties, at most one per party, keyed by their organisation. */
    private Uni<Map<UUID, String>> onePerParty(String field, List<String> emails, Scope scope) {
        if (emails == null || emails.isEmpty()) {
            return Uni.createFrom().item(new LinkedHashMap<>());
        }
        List<String> normalized = new ArrayList<>();
        for (String email : emails) {
            normalized.add(Validate.email(field, email));
        }
        Set<UUID> parties = Set.copyOf(scope.access().acceptedOrganizations());
        return directory.organizationsOf(normalized).map(orgOf -> {
            Map<UUID, String> byOrganization = new LinkedHashMap<>();
            for (String email : normalized) {
                UUID org = orgOf.get(email);
                if (org == null || !parties.contains(org)) {
                    throw new ValidationFailed(field, email + " is not a person of an accepted party.");
                }
                String other = byOrganization.put(org, email);
                if (other != null && !other.equals(email)) {
                    throw new ValidationFailed(field, "One per party: " + other + " and " + email + " are of the same organisation.");
                }
            }
            return byOrganization;
        });
    }

    private Uni<PlanView> planView(Scope scope, Plan plan) {
        return plans.ratifications(List.of(plan.id))
                .chain(ratifications -> plans.latest(plan.partnershipId)
                        .map(latest -> PlanReader.view(plan, scope.viewer(), ratifications, Math.max(latest.number, plan.number))));
    }

    private static ObjectiveView objectiveView(Objective o, Scope scope) {
        return new ObjectiveView(o.id.toString(), o.title, o.description, o.version, scope.partnershipId(), scope.plan().status, scope.viewer());
    }

    private static WorkstreamView workstreamView(Workstream w, Scope scope, boolean leadsIt) {
        return new WorkstreamView(w.id.toString(), w.name, w.version, scope.plan().editable() && (scope.viewer().steers() || leadsIt),
                scope.plan().status, scope.viewer(), leadsIt);
    }




    private static List<String> sortedEmails(Map<UUID, String> assignees) {
        return assignees.values().stream().sorted().toList();
    }

}
