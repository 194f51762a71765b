package dev.tandem.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import dev.tandem.common.Clock;
import dev.tandem.common.db.Db;
import dev.tandem.organization.Organization;
import dev.tandem.organization.OrganizationDomain;
import dev.tandem.partnership.GovernanceModel;
import dev.tandem.partnership.Member;
import dev.tandem.partnership.MemberRole;
import dev.tandem.partnership.Partnership;
import dev.tandem.partnership.PartnershipStatus;
import dev.tandem.partnership.Party;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The {@code demo} data set (TANDEM_DATA_SET=demo): the organisations of keycloak-realm/ and the
 * partnership "Acme × Globex". Loaded once, at start; the service reports ready only when it is in.
 */
@ApplicationScoped
@Readiness
public class DemoData implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String DEMO_PARTNERSHIP = "Acme × Globex";

    private record Org(String slug, String name, String domain) {
    }

    private static final List<Org> ORGANIZATIONS = List.of(
            new Org("acme", "Acme Corporation", "acme.example"),
            new Org("globex", "Globex", "globex.example"),
            new Org("initech", "Initech", "initech.example"));

    private final Db db;
    private final Optional<String> dataSet;
    private volatile boolean loaded;
    private volatile String failure;

    public DemoData(Db db, @ConfigProperty(name = "tandem.data-set") Optional<String> dataSet) {
        this.db = db;
        this.dataSet = dataSet;
    }

    void onStart(@Observes StartupEvent event) {
        if (!dataSet.filter("demo"::equals).isPresent()) {
            loaded = true;
            return;
        }
        db.write(this::load).subscribe().with(
                created -> {
                    loaded = true;
                    LOG.infof(created ? "Demo data loaded" : "Demo data already present");
                },
                error -> {
                    failure = "demo data could not be loaded";
                    LOG.error("Demo data could not be loaded", error);
                });
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("data-set").status(loaded).withData("state", loaded ? "loaded" : failure == null ? "loading" : failure).build();
    }

    private Uni<Boolean> load() {
        return Partnership.count("name", DEMO_PARTNERSHIP).chain(count -> count > 0 ? Uni.createFrom().item(false) : seed());
    }

    private Uni<Boolean> seed() {
        var now = Clock.now();
        return Organization.<Organization>list("slug in ?1", ORGANIZATIONS.stream().map(Org::slug).toList())
                .chain(existing -> {
                    Map<String, Organization> bySlug = new java.util.HashMap<>();
                    existing.forEach(o -> bySlug.put(o.slug, o));
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Org org : ORGANIZATIONS) {
                        if (bySlug.containsKey(org.slug())) {
                            continue;
                        }
                        Organization organization = new Organization();
                        organization.id = UUID.randomUUID();
                        organization.slug = org.slug();
                        organization.name = org.name();
                        organization.createdAt = now;
                        bySlug.put(org.slug(), organization);
                        OrganizationDomain domain = new OrganizationDomain();
                        domain.domain = org.domain();
                        domain.organizationId = organization.id;
                        chain = chain.chain(() -> organization.persist()).chain(() -> domain.persist()).replaceWithVoid();
                    }
                    return chain.chain(() -> partnership(bySlug.get("acme"), bySlug.get("globex")));
                })
                .replaceWith(true);
    }

    private Uni<Void> partnership(Organization acme, Organization globex) {
        var now = Clock.now();
        Partnership partnership = new Partnership();
        partnership.id = UUID.randomUUID();
        partnership.name = DEMO_PARTNERSHIP;
        partnership.charter = "Acme and Globex bring Acme's industrial supplies to Globex's logistics network: "
                + "one joint offer, next-day delivery in 12 regions, and shared customer support by the end of next year.";
        partnership.governanceModel = GovernanceModel.INTEGRATED_OPERATIONAL_PARTNERSHIP;
        partnership.status = PartnershipStatus.ACTIVE;
        partnership.startsOn = now.atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(30);
        partnership.createdByOrgId = acme.id;
        partnership.createdAt = now;
        partnership.updatedAt = now;
        return partnership.persist()
                .chain(() -> party(partnership, acme).persist())
                .chain(() -> party(partnership, globex).persist())
                .chain(() -> member(partnership, acme, "alice@acme.example", MemberRole.SPONSOR).persist())
                .chain(() -> member(partnership, acme, "aaron@acme.example", MemberRole.CONTRIBUTOR).persist())
                .chain(() -> member(partnership, globex, "grace@globex.example", MemberRole.SPONSOR).persist())
                .replaceWithVoid();
    }

    private static Party party(Partnership partnership, Organization organization) {
        Party party = new Party();
        party.id = UUID.randomUUID();
        party.partnershipId = partnership.id;
        party.organizationId = organization.id;
        party.invitedAt = partnership.createdAt;
        party.invitedBy = "demo";
        party.acceptedAt = partnership.createdAt;
        party.acceptedBy = "demo";
        return party;
    }

    private static Member member(Partnership partnership, Organization organization, String email, MemberRole role) {
        Member member = new Member();
        member.id = UUID.randomUUID();
        member.partnershipId = partnership.id;
        member.organizationId = organization.id;
        member.email = email;
        member.role = role;
        member.createdAt = partnership.createdAt;
        member.updatedAt = partnership.createdAt;
        return member;
    }
}
