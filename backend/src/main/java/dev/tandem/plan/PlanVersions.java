package dev.tandem.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.tandem.common.Changes;
import dev.tandem.common.Clock;
import dev.tandem.common.Ids;
import dev.tandem.common.Validate;
import dev.tandem.common.db.Db;
import dev.tandem.common.error.Conflict;
import dev.tandem.common.error.Forbidden;
import dev.tandem.common.error.NotFound;
import dev.tandem.common.error.ValidationFailed;
import dev.tandem.common.security.Caller;
import dev.tandem.partnership.PartnershipAccess;
import dev.tandem.plan.PlanRepository.Assignee;
import dev.tandem.plan.PlanRepository.Ratification;
import dev.tandem.plan.PlanViews.PlanDiffView;
import dev.tandem.plan.PlanViews.PlanView;
import dev.tandem.plan.PlanViews.PlanViewer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** A plan's versions: the latest, amendments (a copy as the next draft), its review date, proposal and ratification by every party, and diffs. */
@ApplicationScoped
public class PlanVersions {

    private final PlanEdits edits;
    private final Db db;
    private final PlanRepository plans;
    private final PlanContents wholePlans;
    private final PartnershipAccess access;

    public PlanVersions(PlanEdits edits, Db db, PlanRepository plans, PlanContents wholePlans, PartnershipAccess access) {
        this.edits = edits;
        this.db = db;
        this.plans = plans;
        this.wholePlans = wholePlans;
        this.access = access;
    }

    /** The newest version of a partnership's plan, as the caller sees it. */
    public Uni<PlanView> latest(Caller caller, String partnershipId) {
        return db.read(() -> access.require(caller, partnershipId)
                .chain(granted -> plans.latest(granted.partnership().id)
                        .onItem().ifNull().failWith(PlanEdits::planNotFound)
                        .chain(plan -> edits.planView(new PlanScope(granted, plan), plan))));
    }

    public Uni<PlanView> amend(Caller caller, PlanInputs.Amend input) {
        String reason = Validate.required("reason", input.reason(), 1000);
        return db.write(() -> edits.scope(caller, input.planId()).chain(scope -> {
            PlanEdits.requireSteering(scope);
            if (scope.plan().status != PlanStatus.RATIFIED) {
                throw new Conflict("Only a ratified version is amended; version " + scope.plan().number + " is " + scope.plan().status + ".");
            }
            return plans.latest(scope.partnershipId()).chain(latest -> {
                if (latest.number != scope.plan().number) {
                    throw new Conflict("Version " + latest.number + " is already being drafted: change that one.");
                }
                return wholePlans.load(List.of(scope.plan().id))
                        .chain(contents -> copy(contents.get(scope.plan().id), caller, reason))
                        .call(next -> edits.record(caller, scope, "plan.amended", "Plan", next.id,
                                "started version " + next.number + ": " + reason, null, Map.of("version", next.number)))
                        .chain(next -> edits.planView(scope, next));
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
            chain = chain.chain(() -> plans.replaceAssignees("workstream_lead", "workstream_id", ids.get(w.id), PlanEdits.assigned(content.leadsOf(w.id))));
        }
        for (Deliverable d : content.deliverables()) {
            chain = chain.chain(() -> plans.replaceAssignees("deliverable_owner", "deliverable_id", ids.get(d.id), PlanEdits.assigned(content.ownersOf(d.id))));
            List<UUID> prerequisites = content.prerequisites().getOrDefault(d.id, List.of()).stream().map(ids::get).toList();
            if (!prerequisites.isEmpty()) {
                chain = chain.chain(() -> plans.replaceDependencies(ids.get(d.id), prerequisites));
            }
        }
        return chain.replaceWith(next);
    }



    public Uni<PlanView> update(Caller caller, PlanInputs.Update input) {
        return db.write(() -> edits.scope(caller, input.planId()).chain(scope -> {
            PlanEdits.requireSteering(scope);
            Validate.plausibleDate("nextReviewOn", input.nextReviewOn());
            PlanEdits.requireRevision(scope.plan(), input.revision());
            return edits.edit(scope).chain(() -> {
                Object before = scope.plan().nextReviewOn;
                scope.plan().nextReviewOn = input.nextReviewOn();
                return edits.record(caller, scope, "plan.updated", "Plan", scope.plan().id, "set the next review to " + input.nextReviewOn(),
                        Changes.state("nextReviewOn", before), Changes.state("nextReviewOn", input.nextReviewOn()));
            }).chain(() -> edits.planView(scope, scope.plan()));
        }));
    }

    public Uni<PlanView> propose(Caller caller, PlanInputs.Revision input) {
        return db.write(() -> edits.scope(caller, input.planId()).chain(scope -> {
            if (!scope.access().standing().sponsors()) {
                throw new Forbidden("Only a sponsor can propose the plan.");
            }
            Plan plan = scope.plan();
            if (plan.status != PlanStatus.DRAFT) {
                throw new Conflict("Version " + plan.number + " is " + plan.status + "; only a draft is proposed.");
            }
            PlanEdits.requireRevision(plan, input.revision());
            return wholePlans.load(List.of(plan.id)).chain(contents -> {
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
                return edits.record(caller, scope, "plan.proposed", "Plan", plan.id, "proposed version " + plan.number + " for ratification",
                        Changes.state("status", PlanStatus.DRAFT), Changes.state("status", PlanStatus.PROPOSED))
                        .chain(() -> edits.planView(scope, plan));
            });
        }));
    }

    public Uni<PlanView> ratify(Caller caller, PlanInputs.Revision input) {
        return db.write(() -> edits.scope(caller, input.planId()).chain(scope -> {
            if (!scope.access().standing().sponsors()) {
                throw new Forbidden("Only a sponsor can ratify the plan for their party.");
            }
            Plan plan = scope.plan();
            if (plan.status != PlanStatus.PROPOSED) {
                throw new Conflict("Version " + plan.number + " is " + plan.status + "; only a proposed version is ratified.");
            }
            PlanEdits.requireRevision(plan, input.revision());
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
                        .call(() -> edits.record(caller, scope, "plan.ratified", "Plan", plan.id,
                                "ratified version " + plan.number + " for " + scope.access().organization().name, null, Changes.state("organization", scope.access().organization().slug)));
                if (everyone) {
                    chain = chain.chain(() -> takeEffect(plan, now));
                }
                return chain.chain(() -> edits.planView(scope, plan));
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
                            : wholePlans.load(List.of(from, to)).chain(contents -> plans.ratifications(List.of(from, to))
                                    .chain(ratifications -> plans.latest(granted.partnership().id).map(latest -> {
                                        PlanScope scope = new PlanScope(granted, contents.get(from).plan());
                                        PlanViewer viewer = scope.viewer();
                                        return new PlanDiffView(
                                                PlanViewBuilder.view(contents.get(from).plan(), viewer, ratifications, latest.number),
                                                PlanViewBuilder.view(contents.get(to).plan(), viewer, ratifications, latest.number),
                                                PlanRules.diff(contents.get(from), contents.get(to)));
                                    }))));
        }));
    }
}
