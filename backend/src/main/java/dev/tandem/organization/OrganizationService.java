package dev.tandem.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.tandem.common.Clock;
import dev.tandem.common.db.Db;
import dev.tandem.common.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Organisations known to Tandem. Keycloak is the source of truth: an organisation whose people or
 * integrators show up with a slug Tandem has not seen yet is registered on the spot.
 */
@ApplicationScoped
public class OrganizationService {

    private final Db db;
    private final OrganizationRepository organizations;

    public OrganizationService(Db db, OrganizationRepository organizations) {
        this.db = db;
        this.organizations = organizations;
    }

    public Uni<List<OrganizationView>> list(Caller caller) {
        return db.read(() -> ofCaller(caller).chain(ignored -> organizations.listByName()))
                .map(list -> list.stream().map(OrganizationView::of).toList());
    }

    /** Batch lookup by id within the current session, for nested fields. */
    public Uni<Map<UUID, Organization>> byIdsInSession(Collection<UUID> ids) {
        return organizations.findByIds(ids)
                .map(list -> list.stream().collect(Collectors.toMap(o -> o.id, Function.identity())));
    }

    /** The organisation with this slug, or null, within the current session. */
    public Uni<Organization> ofSlugInSession(String slug) {
        return organizations.findBySlug(slug);
    }

    /** The caller's organisation within the current session, registered if Tandem meets it for the first time. */
    public Uni<Organization> ofCaller(Caller caller) {
        return organizations.findBySlug(caller.organization())
                .chain(found -> found != null ? Uni.createFrom().item(found) : register(caller.organization()));
    }

    private Uni<Organization> register(String slug) {
        Organization organization = new Organization();
        organization.id = UUID.randomUUID();
        organization.slug = slug;
        organization.name = slug.substring(0, 1).toUpperCase() + slug.substring(1);
        organization.createdAt = Clock.now();
        return organizations.insertIfAbsent(organization)
                .chain(ignored -> organizations.findBySlug(slug));
    }
}
