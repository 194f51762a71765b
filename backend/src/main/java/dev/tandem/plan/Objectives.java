package dev.tandem.plan;

import java.util.List;
import java.util.UUID;

import dev.tandem.audit.AuditService.Change;
import dev.tandem.audit.AuditService;
import dev.tandem.common.Changes;
import dev.tandem.common.Clock;
import dev.tandem.common.Ids;
import dev.tandem.common.Validate;
import dev.tandem.common.db.Db;
import dev.tandem.common.error.Conflict;
import dev.tandem.common.error.Forbidden;
import dev.tandem.common.error.ValidationFailed;
import dev.tandem.common.graphql.Provided;
import dev.tandem.common.security.Caller;
import dev.tandem.partnership.MemberRole;
import dev.tandem.plan.PlanViews.CheckInView;
import dev.tandem.plan.PlanViews.KeyResultView;
import dev.tandem.plan.PlanViews.ObjectiveView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Objectives and their key results (measured, optionally, by a metric of the partnership) and each party's check-ins. */
@ApplicationScoped
public class Objectives {

    private final PlanEdits edits;
    private final Db db;
    private final PlanRepository plans;
    private final PlanReader reader;
    private final AuditService audit;
    private final MetricLinks metricLinks;

    public Objectives(PlanEdits edits, Db db, PlanRepository plans, PlanReader reader, AuditService audit, MetricLinks metricLinks) {
        this.edits = edits;
        this.db = db;
        this.plans = plans;
        this.reader = reader;
        this.audit = audit;
        this.metricLinks = metricLinks;
    }

    public Uni<ObjectiveView> addObjective(Caller caller, PlanInputs.AddObjective input) {
        String title = Validate.required("title", input.title(), PlanEdits.MAX_TITLE);
        String description = Validate.optional("description", input.description(), PlanEdits.MAX_TEXT);
        return db.write(() -> edits.scope(caller, input.planId()).chain(scope -> {
            PlanEdits.requireSteering(scope);
            return edits.edit(scope).chain(() -> Objective.count("planId", scope.plan().id)).chain(count -> {
                Objective objective = new Objective();
                objective.id = UUID.randomUUID();
                objective.planId = scope.plan().id;
                objective.lineage = UUID.randomUUID();
                objective.position = count.intValue();
                objective.title = title;
                objective.description = description;
                return objective.<Objective>persist()
                        .call(() -> edits.record(caller, scope, "objective.added", "Objective", objective.id, "added the objective \"" + title + "\"", null, Changes.state("title", title)))
                        .call(() -> plans.flush())
                        .map(saved -> PlanEdits.objectiveView(saved, scope));
            });
        }));
    }

    public Uni<ObjectiveView> updateObjective(Caller caller, PlanInputs.UpdateObjective input, Provided provided) {
        return db.write(() -> edits.item(caller, Objective.class, input.id(), o -> o.planId).chain(found -> {
            Objective objective = found.item();
            PlanScope scope = found.scope();
            PlanEdits.requireSteering(scope);
            String title = input.title() == null ? null : Validate.required("title", input.title(), PlanEdits.MAX_TITLE);
            String description = input.description() == null ? null : Validate.optional("description", input.description(), PlanEdits.MAX_TEXT);
            PlanEdits.requireVersion(objective.version, input.version(), "objective");
            Changes changes = new Changes();
            changes.set("title", objective.title, title, v -> objective.title = v);
            if (input.description() != null || provided.cleared("description", null)) {
                changes.replace("description", objective.description, description, v -> objective.description = v);
            }
            return edits.changed(caller, scope, objective, input.version(), "objective.updated", "Objective", "changed the objective \"" + objective.title + "\"", changes)
                    .map(ignored -> PlanEdits.objectiveView(objective, scope));
        }));
    }

    public Uni<KeyResultView> addKeyResult(Caller caller, PlanInputs.AddKeyResult input) {
        String title = Validate.required("title", input.title(), PlanEdits.MAX_TITLE);
        String unit = Validate.optional("unit", input.unit(), 40);
        return db.write(() -> edits.item(caller, Objective.class, input.objectiveId(), o -> o.planId).chain(found -> {
            PlanScope scope = found.scope();
            PlanEdits.requireSteering(scope);
            return edits.edit(scope).chain(() -> KeyResult.count("objectiveId", found.item().id)).chain(count -> {
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
                        .call(() -> edits.record(caller, scope, "key_result.added", "KeyResult", keyResult.id, "added the key result \"" + title + "\"", null,
                                Changes.state("title", title, "baseline", input.baseline(), "target", input.target())))
                        .call(() -> plans.flush())
                        .map(saved -> PlanViewBuilder.keyResultView(saved, scope.partnershipId(), scope.viewer()));
            });
        }));
    }

    public Uni<KeyResultView> updateKeyResult(Caller caller, PlanInputs.UpdateKeyResult input, Provided provided) {
        return db.write(() -> edits.item(caller, KeyResult.class, input.id(), k -> k.planId).chain(found -> {
            KeyResult keyResult = found.item();
            PlanScope scope = found.scope();
            PlanEdits.requireSteering(scope);
            String title = input.title() == null ? null : Validate.required("title", input.title(), PlanEdits.MAX_TITLE);
            String unit = input.unit() == null ? null : Validate.optional("unit", input.unit(), 40);
            PlanEdits.requireVersion(keyResult.version, input.version(), "key result");
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
                return edits.changed(caller, scope, keyResult, input.version(), "key_result.updated", "KeyResult", "changed the key result \"" + keyResult.title + "\"", changes)
                    .map(ignored -> PlanViewBuilder.keyResultView(keyResult, scope.partnershipId(), scope.viewer()));
            });
        }));
    }

    public Uni<CheckInView> checkIn(Caller caller, PlanInputs.CheckIn input) {
        if (input.confidence() < 0 || input.confidence() > 10) {
            throw new ValidationFailed("confidence", "confidence is from 0 (no chance) to 10 (certain).");
        }
        String comment = Validate.optional("comment", input.comment(), 2000);
        return db.write(() -> edits.item(caller, KeyResult.class, input.keyResultId(), k -> k.planId, false).chain(found -> {
            PlanScope scope = found.scope();
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
    private Uni<UUID> metricOf(PlanScope scope, String metricId) {
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
}
