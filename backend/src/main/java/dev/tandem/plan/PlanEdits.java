package dev.tandem.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import dev.tandem.audit.AuditService.Change;
import dev.tandem.audit.AuditService;
import dev.tandem.common.Changes;
import dev.tandem.common.Ids;
import dev.tandem.common.Validate;
import dev.tandem.common.error.Conflict;
import dev.tandem.common.error.Forbidden;
import dev.tandem.common.error.NotFound;
import dev.tandem.common.error.ValidationFailed;
import dev.tandem.common.security.Caller;
import dev.tandem.partnership.MemberRole;
import dev.tandem.partnership.PartnershipAccess;
import dev.tandem.person.PersonDirectory;
import dev.tandem.plan.PlanRepository.Assignee;
import dev.tandem.plan.PlanViews.ObjectiveView;
import dev.tandem.plan.PlanViews.PlanView;
import dev.tandem.plan.PlanViews.WorkstreamView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What every edit of a plan shares: finding an item or version the caller may see (locked), the checks of who may
 * change what, the edit itself (a proposal goes back to draft), the audit event and the item's new version.
 */
@ApplicationScoped
public class PlanEdits {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 5000;
    static final int MAX_DONE = 500;

    private final PlanRepository plans;
    private final PartnershipAccess access;
    private final PersonDirectory directory;
    private final AuditService audit;

    public PlanEdits(PlanRepository plans, PartnershipAccess access, PersonDirectory directory, AuditService audit) {
        this.plans = plans;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
    }

    record Found<T>(T item, PlanScope scope) {
    }

    <T extends io.quarkus.hibernate.reactive.panache.PanacheEntityBase> Uni<Found<T>> item(Caller caller, Class<T> type, String id,
            Function<T, UUID> planOf) {
        return item(caller, type, id, planOf, true);
    }

    /** An item of a plan the caller can see, with its (locked) plan; NOT_FOUND otherwise, worded as for a missing id. */
    <T extends io.quarkus.hibernate.reactive.panache.PanacheEntityBase> Uni<Found<T>> item(Caller caller, Class<T> type, String id,
            Function<T, UUID> planOf, boolean lock) {
        UUID uuid = Ids.parse(id).orElse(null);
        if (uuid == null) {
            return Uni.createFrom().failure(itemNotFound());
        }
        return Plan.getSession().chain(session -> session.find(type, uuid))
                .onItem().ifNull().failWith(PlanEdits::itemNotFound)
                .chain(item -> scope(caller, planOf.apply(item), lock)
                        .onFailure(NotFound.class).transform(ignored -> itemNotFound())
                        .map(scope -> new Found<>(item, scope)));
    }

    Uni<PlanScope> scope(Caller caller, String planId) {
        UUID id = Ids.parse(planId).orElse(null);
        return id == null ? Uni.createFrom().failure(planNotFound()) : scope(caller, id);
    }

    Uni<PlanScope> scope(Caller caller, UUID planId) {
        return scope(caller, planId, true);
    }

    Uni<PlanScope> scope(Caller caller, UUID planId, boolean lock) {
        return Plan.<Plan>findById(planId)
                .onItem().ifNull().failWith(PlanEdits::planNotFound)
                .chain(plan -> access.require(caller, plan.partnershipId)
                        .onFailure(NotFound.class).transform(ignored -> planNotFound())
                        .chain(granted -> (lock ? plans.lock(planId) : Uni.createFrom().item(plan)).map(locked -> new PlanScope(granted, locked))));
    }

    static NotFound planNotFound() {
        return new NotFound("No plan with that id.");
    }

    static NotFound itemNotFound() {
        return new NotFound("No plan item with that id.");
    }

    /** Starts an edit of the version's content: refused once ratified; a proposal goes back to draft, its ratifications void. */
    Uni<Void> edit(PlanScope scope) {
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
    Uni<Void> changed(Caller caller, PlanScope scope, PlanItem item, int read, String action, String type, String summary, Changes changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return edit(scope)
                .chain(() -> record(caller, scope, action, type, item.id, summary + ": " + changes.fields(), changes.before(), changes.after()))
                .chain(() -> plans.flush())
                .chain(() -> item.version == read ? bumpVersion(item) : Uni.createFrom().voidItem());
    }

    /** A new version now (not at commit, as OPTIMISTIC_FORCE_INCREMENT would), so the answer shows it; stale if someone else bumped it. */
    static Uni<Void> bumpVersion(PlanItem item) {
        return Plan.getSession().chain(session -> session.lock(item, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT)).replaceWithVoid();
    }

    Uni<Void> record(Caller caller, PlanScope scope, String action, String type, UUID id, String summary, Map<String, ?> before, Map<String, ?> after) {
        return audit.record(caller, scope.access().organization(),
                new Change(scope.partnershipId(), action, type, id, caller.name() + " " + summary, before, after)).replaceWithVoid();
    }


    static void requireSteering(PlanScope scope) {
        if (!scope.access().standing().steers()) {
            throw new Forbidden("Only sponsors and steering members shape the plan.");
        }
    }

    static void requireLeadOrSteering(PlanScope scope, boolean leadsIt) {
        var standing = scope.access().standing();
        if (!standing.caller().isPerson() || !standing.accepted() || !(standing.steers() || leadsIt)) {
            throw new Forbidden("Only the workstream's leads and steering members change it.");
        }
    }

    static void requireRiskEditor(PlanScope scope) {
        var standing = scope.access().standing();
        if (!standing.steers() && !(standing.accepted() && standing.role() == MemberRole.LEAD)) {
            throw new Forbidden("Only sponsors, steering members and leads keep the risk register.");
        }
    }

    static void requireRevision(Plan plan, int revision) {
        if (plan.revision != revision) {
            throw new Conflict("revision", "Version " + plan.number + " changed since you read it (revision " + revision + ", now "
                    + plan.revision + "); reload and check it again.");
        }
    }

    static void requireVersion(int current, int given, String what) {
        if (current != given) {
            throw new Conflict("version", "The " + what + " changed since you read it (version " + given + ", now " + current + "); reload and try again.");
        }
    }

    /** Emails of people of the accepted parties, at most one per party, keyed by their organisation. */
    Uni<Map<UUID, String>> onePerParty(String field, List<String> emails, PlanScope scope) {
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

    Uni<PlanView> planView(PlanScope scope, Plan plan) {
        return plans.ratifications(List.of(plan.id))
                .chain(ratifications -> plans.latest(plan.partnershipId)
                        .map(latest -> PlanViewBuilder.view(plan, scope.viewer(), ratifications, Math.max(latest.number, plan.number))));
    }

    static ObjectiveView objectiveView(Objective o, PlanScope scope) {
        return new ObjectiveView(o.id.toString(), o.title, o.description, o.version, o.planId, scope.partnershipId(), scope.plan().status, scope.viewer());
    }

    static WorkstreamView workstreamView(Workstream w, PlanScope scope, boolean leadsIt) {
        return new WorkstreamView(w.id.toString(), w.name, w.version, scope.plan().editable() && (scope.viewer().steers() || leadsIt),
                w.planId, scope.plan().status, scope.viewer(), leadsIt);
    }




    static List<String> sortedEmails(Map<UUID, String> assignees) {
        return assignees.values().stream().sorted().toList();
    }

    static Map<UUID, String> assigned(List<Assignee> assignees) {
        Map<UUID, String> byOrganization = new LinkedHashMap<>();
        assignees.forEach(a -> byOrganization.put(a.organizationId(), a.email()));
        return byOrganization;
    }
}
