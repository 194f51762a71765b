package dev.tandem.audit;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.tandem.common.graphql.Page;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries on the audit trail, batched over several partnerships at once. */
@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEvent, UUID> {

    /** For each partnership, its newest {@code page.first() + 1} events after the cursor, in one statement. */
    @SuppressWarnings("unchecked")
    public Uni<List<AuditEvent>> pageOf(Collection<UUID> partnershipIds, Page page) {
        String after = page.hasCursor() ? " AND (at < :at OR (at = :at AND id < :id))" : "";
        return getSession().flatMap(session -> {
            var query = session.createNativeQuery("""
                    SELECT e.* FROM audit_event e WHERE e.id IN (
                      SELECT id FROM (
                        SELECT id, row_number() OVER (PARTITION BY partnership_id ORDER BY at DESC, id DESC) AS position
                        FROM audit_event WHERE partnership_id IN (:ids)""" + after + """
                      ) ranked WHERE position <= :limit)
                    ORDER BY e.partnership_id, e.at DESC, e.id DESC""", AuditEvent.class)
                    .setParameter("ids", partnershipIds)
                    .setParameter("limit", page.first() + 1);
            if (page.hasCursor()) {
                query.setParameter("at", page.afterAt()).setParameter("id", page.afterId());
            }
            return query.getResultList();
        });
    }

    /** Number of events per partnership, as [partnershipId, count] rows. */
    public Uni<List<Object[]>> countOf(Collection<UUID> partnershipIds) {
        return getSession().flatMap(session -> session
                .createSelectionQuery("select e.partnershipId, count(e) from AuditEvent e where e.partnershipId in :ids group by e.partnershipId", Object[].class)
                .setParameter("ids", partnershipIds)
                .getResultList());
    }
}
