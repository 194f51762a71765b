package dev.tandem.partnership;

import java.util.List;
import java.util.UUID;

import dev.tandem.common.graphql.Page;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries on partnerships; every one is scoped to an organisation that is a party. */
@ApplicationScoped
public class PartnershipRepository implements PanacheRepositoryBase<Partnership, UUID> {

    private static final String VISIBLE = "exists (from Party pa where pa.partnershipId = p.id and pa.organizationId = :org)";

    /** One page, newest first, plus one more row to tell whether another page follows. */
    public Uni<List<Partnership>> pageVisibleTo(UUID organizationId, Page page) {
        Parameters parameters = Parameters.with("org", organizationId);
        String after = "";
        if (page.hasCursor()) {
            after = " and (p.createdAt < :at or (p.createdAt = :at and p.id < :id))";
            parameters.and("at", page.afterAt()).and("id", page.afterId());
        }
        return find("from Partnership p where " + VISIBLE + after + " order by p.createdAt desc, p.id desc", parameters)
                .range(0, page.first())
                .list();
    }

    public Uni<Long> countVisibleTo(UUID organizationId) {
        return count("from Partnership p where " + VISIBLE, Parameters.with("org", organizationId));
    }

    /** The partnerships in which the organisation is an accepted party. */
    public Uni<List<Partnership>> acceptedBy(UUID organizationId) {
        return find("from Partnership p where exists (from Party pa where pa.partnershipId = p.id and pa.organizationId = :org and pa.acceptedAt is not null)",
                Parameters.with("org", organizationId)).list();
    }

    /** Partnerships by id, whoever may see them (for events, whose subscribers' access is checked one by one). */
    public Uni<List<Partnership>> byIds(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }

    public Uni<List<Partnership>> findVisible(java.util.Collection<UUID> ids, UUID organizationId) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of())
                : find("from Partnership p where p.id in :ids and " + VISIBLE, Parameters.with("ids", ids).and("org", organizationId)).list();
    }

    /** The partnership if the organisation is one of its parties, else null: absent and not-yours look the same. */
    public Uni<Partnership> findVisible(UUID id, UUID organizationId) {
        return find("from Partnership p where p.id = :id and " + VISIBLE,
                Parameters.with("id", id).and("org", organizationId)).firstResult();
    }
}
