package dev.tandem.demo;

import java.util.List;
import java.util.UUID;

import dev.tandem.common.Clock;
import dev.tandem.common.db.Db;
import dev.tandem.organization.Organization;
import dev.tandem.organization.OrganizationDomain;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Seeds the organisations of keycloak-realm/ (Acme, Globex, Initech) with their e-mail domains, skipping those already there. */
@ApplicationScoped
class DemoOrganizations {

    private record Org(String slug, String name, String domain) {
    }

    private static final List<Org> ORGANIZATIONS = List.of(
            new Org("acme", "Acme Corporation", "acme.example"),
            new Org("globex", "Globex", "globex.example"),
            new Org("initech", "Initech", "initech.example"));

    private final Db db;

    DemoOrganizations(Db db) {
        this.db = db;
    }

    /** One unit of work for all of them. */
    Uni<Void> seed() {
        return db.write(this::missingOnes);
    }

    private Uni<Void> missingOnes() {
        return Organization.<Organization>list("slug in ?1", ORGANIZATIONS.stream().map(Org::slug).toList())
                .chain(this::persistMissing);
    }

    private Uni<Void> persistMissing(List<Organization> existing) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Org org : ORGANIZATIONS) {
            if (existing.stream().anyMatch(o -> o.slug.equals(org.slug()))) {
                continue;
            }
            Organization organization = new Organization();
            organization.id = UUID.randomUUID();
            organization.slug = org.slug();
            organization.name = org.name();
            organization.createdAt = Clock.now();
            OrganizationDomain domain = new OrganizationDomain();
            domain.domain = org.domain();
            domain.organizationId = organization.id;
            chain = chain.chain(() -> organization.persist()).chain(() -> domain.persist()).replaceWithVoid();
        }
        return chain;
    }
}
