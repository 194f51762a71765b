package dev.tandem.organization;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries on organisations. */
@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    public Uni<Organization> findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }

    public Uni<List<Organization>> findBySlugs(Collection<String> slugs) {
        return list("slug in ?1", slugs);
    }

    public Uni<List<Organization>> findByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }

    public Uni<List<Organization>> listByName() {
        return listAll(Sort.by("name"));
    }

    /** Registers an organisation first seen in a token; a concurrent registration of the same slug is harmless. */
    public Uni<Integer> insertIfAbsent(Organization organization) {
        return getSession().flatMap(session -> session
                .createNativeQuery("INSERT INTO organization (id, slug, name, created_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (slug) DO NOTHING")
                .setParameter(1, organization.id)
                .setParameter(2, organization.slug)
                .setParameter(3, organization.name)
                .setParameter(4, organization.createdAt)
                .executeUpdate());
    }

    /** Whether {@code domain} is one of the organisation's email domains. */
    public Uni<Boolean> ownsDomain(UUID organizationId, String domain) {
        return OrganizationDomain.count("organizationId = ?1 and domain = ?2", organizationId, domain).map(count -> count > 0);
    }
}
