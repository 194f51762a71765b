package dev.tandem.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.tandem.common.db.NativeSql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Queries on plans and their items. Every read takes a set of parents and answers in one statement, so
 * that nested GraphQL fields load in batches; the link tables (leads, owners, dependencies, ratifications)
 * are read and written with plain SQL.
 */
@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    /** A lead of a workstream or an owner of a deliverable: one per party. */
    public record Assignee(UUID itemId, UUID organizationId, String email) {
    }

    public record Dependency(UUID deliverableId, UUID dependsOnId) {
    }

    public record Ratification(UUID planId, UUID organizationId, String subject, String email, Instant at) {
    }

    public Uni<List<Plan>> ofPartnerships(Collection<UUID> partnershipIds) {
        return empty(partnershipIds) ? none() : list("partnershipId in ?1 order by number desc", partnershipIds);
    }

    /** Every version of the partnerships these versions belong to. */
    public Uni<List<Plan>> siblingsOf(Collection<UUID> planIds) {
        return empty(planIds) ? none() : list("partnershipId in (select p.partnershipId from Plan p where p.id in ?1)", planIds);
    }

    public Uni<Plan> latest(UUID partnershipId) {
        return find("partnershipId = ?1 order by number desc", partnershipId).firstResult();
    }

    /** Locks the plan row for the rest of the transaction: changes to one version are applied one at a time. */
    public Uni<Plan> lock(UUID planId) {
        return findById(planId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<List<Objective>> objectives(Collection<UUID> planIds) {
        return empty(planIds) ? none() : Objective.list("planId in ?1 order by position, id", planIds);
    }

    public Uni<List<KeyResult>> keyResultsOfObjectives(Collection<UUID> objectiveIds) {
        return empty(objectiveIds) ? none() : KeyResult.list("objectiveId in ?1 order by position, id", objectiveIds);
    }

    public Uni<List<KeyResult>> keyResults(Collection<UUID> planIds) {
        return empty(planIds) ? none() : KeyResult.list("planId in ?1 order by position, id", planIds);
    }

    public Uni<List<KeyResult>> keyResultsByIds(Collection<UUID> ids) {
        return empty(ids) ? none() : KeyResult.list("id in ?1", ids);
    }

    public Uni<List<Workstream>> workstreams(Collection<UUID> planIds) {
        return empty(planIds) ? none() : Workstream.list("planId in ?1 order by position, id", planIds);
    }

    public Uni<List<Deliverable>> deliverablesOfWorkstreams(Collection<UUID> workstreamIds) {
        return empty(workstreamIds) ? none() : Deliverable.list("workstreamId in ?1 order by position, id", workstreamIds);
    }

    public Uni<List<Deliverable>> deliverables(Collection<UUID> planIds) {
        return empty(planIds) ? none() : Deliverable.list("planId in ?1 order by position, id", planIds);
    }

    public Uni<List<Deliverable>> deliverablesByIds(Collection<UUID> ids) {
        return empty(ids) ? none() : Deliverable.list("id in ?1", ids);
    }

    public Uni<List<Risk>> risks(Collection<UUID> planIds) {
        return empty(planIds) ? none() : Risk.list("planId in ?1 order by probability * impact desc, title, id", planIds);
    }

    public Uni<List<CheckIn>> latestCheckIns(Collection<UUID> lineages, int last) {
        if (empty(lineages)) {
            return none();
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT c.* FROM check_in c WHERE c.id IN (
                  SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY key_result_lineage ORDER BY at DESC, id DESC) AS n
                                  FROM check_in WHERE key_result_lineage IN (:lineages)) ranked WHERE n <= :last)
                ORDER BY c.at DESC, c.id DESC""", CheckIn.class)
                .setParameter("lineages", lineages)
                .setParameter("last", last)
                .getResultList());
    }

    /** The newest check-in of each party for each key result lineage. */
    public Uni<List<CheckIn>> latestConfidence(Collection<UUID> lineages) {
        if (empty(lineages)) {
            return none();
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT DISTINCT ON (key_result_lineage, organization_id) * FROM check_in
                WHERE key_result_lineage IN (:lineages) ORDER BY key_result_lineage, organization_id, at DESC, id DESC""", CheckIn.class)
                .setParameter("lineages", lineages)
                .getResultList());
    }

    // ---------------------------------------------------------------------------- link tables

    public Uni<List<Assignee>> leads(Collection<UUID> workstreamIds) {
        return assignees("SELECT workstream_id, organization_id, email FROM workstream_lead WHERE workstream_id IN (:ids) ORDER BY email", workstreamIds);
    }

    public Uni<List<Assignee>> owners(Collection<UUID> deliverableIds) {
        return assignees("SELECT deliverable_id, organization_id, email FROM deliverable_owner WHERE deliverable_id IN (:ids) ORDER BY email", deliverableIds);
    }

    @SuppressWarnings("unchecked")
    private Uni<List<Assignee>> assignees(String sql, Collection<UUID> ids) {
        if (empty(ids)) {
            return none();
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(sql, Object[].class)
                .setParameter("ids", ids)
                .getResultList())
                .map(rows -> rows.stream().map(r -> new Assignee((UUID) r[0], (UUID) r[1], (String) r[2])).toList());
    }

    public Uni<List<Dependency>> dependencies(Collection<UUID> planIds) {
        if (empty(planIds)) {
            return none();
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT dd.deliverable_id, dd.depends_on_id FROM deliverable_dependency dd
                JOIN deliverable d ON d.id = dd.deliverable_id JOIN deliverable needed ON needed.id = dd.depends_on_id
                WHERE d.plan_id IN (:ids) ORDER BY needed.position, needed.id""", Object[].class)
                .setParameter("ids", planIds)
                .getResultList())
                .map(rows -> rows.stream().map(r -> new Dependency((UUID) r[0], (UUID) r[1])).toList());
    }

    public Uni<List<Ratification>> ratifications(Collection<UUID> planIds) {
        if (empty(planIds)) {
            return none();
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "SELECT plan_id, organization_id, ratified_by, ratified_by_email, ratified_at FROM plan_ratification WHERE plan_id IN (:ids)", Object[].class)
                .setParameter("ids", planIds)
                .getResultList())
                .map(rows -> rows.stream().map(r -> new Ratification((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], NativeSql.instant(r[4]))).toList());
    }

    public Uni<Void> replaceAssignees(String table, String itemColumn, UUID itemId, Map<UUID, String> byOrganization) {
        Uni<Integer> chain = NativeSql.execute("DELETE FROM " + table + " WHERE " + itemColumn + " = ?1", itemId);
        for (var entry : byOrganization.entrySet()) {
            chain = chain.chain(() -> NativeSql.execute("INSERT INTO " + table + " (" + itemColumn + ", organization_id, email) VALUES (?1, ?2, ?3)",
                    itemId, entry.getKey(), entry.getValue()));
        }
        return chain.replaceWithVoid();
    }

    public Uni<Void> replaceDependencies(UUID deliverableId, Collection<UUID> dependsOn) {
        Uni<Integer> chain = NativeSql.execute("DELETE FROM deliverable_dependency WHERE deliverable_id = ?1", deliverableId);
        for (UUID target : dependsOn) {
            chain = chain.chain(() -> NativeSql.execute("INSERT INTO deliverable_dependency (deliverable_id, depends_on_id) VALUES (?1, ?2)", deliverableId, target));
        }
        return chain.replaceWithVoid();
    }

    public Uni<Integer> addRatification(UUID planId, UUID organizationId, String subject, String email, Instant at) {
        return NativeSql.execute("INSERT INTO plan_ratification (plan_id, organization_id, ratified_by, ratified_by_email, ratified_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                planId, organizationId, subject, email, at);
    }

    public Uni<Integer> clearRatifications(UUID planId) {
        return NativeSql.execute("DELETE FROM plan_ratification WHERE plan_id = ?1", planId);
    }

    private static boolean empty(Collection<?> values) {
        return values == null || values.isEmpty();
    }

    private static <T> Uni<List<T>> none() {
        return Uni.createFrom().item(new ArrayList<>());
    }
}
