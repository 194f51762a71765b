package dev.tandem.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import dev.tandem.common.Clock;
import dev.tandem.common.config.TandemConfig;
import dev.tandem.common.db.Db;
import dev.tandem.common.graphql.Provided;
import dev.tandem.common.security.Caller;
import dev.tandem.metric.Cadence;
import dev.tandem.metric.Direction;
import dev.tandem.metric.Metric;
import dev.tandem.metric.MetricInputs;
import dev.tandem.metric.MetricKind;
import dev.tandem.metric.MetricDefinitions;
import dev.tandem.metric.ReadingIngest;
import dev.tandem.metric.Tier;
import dev.tandem.organization.Organization;
import dev.tandem.organization.OrganizationDomain;
import dev.tandem.partnership.GovernanceModel;
import dev.tandem.partnership.MemberRole;
import dev.tandem.partnership.Partnership;
import dev.tandem.partnership.PartnershipInputs;
import dev.tandem.partnership.Memberships;
import dev.tandem.partnership.PartnershipReader;
import dev.tandem.partnership.PartnershipService;
import dev.tandem.partnership.PartnershipStatus;
import dev.tandem.partnership.PartnershipView;
import dev.tandem.plan.Deliverable;
import dev.tandem.plan.DeliverableStatus;
import dev.tandem.plan.KeyResult;
import dev.tandem.plan.PlanInputs;
import dev.tandem.plan.PlanVersions;
import dev.tandem.plan.Objectives;
import dev.tandem.plan.Delivery;
import dev.tandem.plan.Risks;
import dev.tandem.plan.PlanViews.PlanView;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The {@code demo} data set (TANDEM_DATA_SET=demo): the organisations of keycloak-realm/ and the
 * partnership "Acme × Globex" with a ratified plan version 1 and a draft version 2. It is made through
 * the services, as Alice (Acme's sponsor) and Grace (Globex's sponsor) would, so it obeys every rule and
 * leaves a real audit trail. Loaded once; the service reports ready only when it is in.
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

    static final Caller ALICE = person("alice@acme.example", "Alice Adams", "acme", true);
    static final Caller GRACE = person("grace@globex.example", "Grace Green", "globex", true);

    private final Db db;
    private final PartnershipService partnerships;
    private final PartnershipReader partnershipReader;
    private final Memberships memberships;
    private final PlanVersions versions;
    private final Objectives objectives;
    private final Delivery delivery;
    private final Risks risks;
    private final MetricDefinitions metrics;
    private final ReadingIngest readings;
    private final Optional<String> dataSet;
    private volatile boolean loaded;
    private volatile String failure;

    public DemoData(Db db, PartnershipService partnerships, PartnershipReader partnershipReader, Memberships memberships, PlanVersions versions,
            Objectives objectives, Delivery delivery, Risks risks, MetricDefinitions metrics, ReadingIngest readings, TandemConfig config) {
        this.db = db;
        this.partnerships = partnerships;
        this.partnershipReader = partnershipReader;
        this.memberships = memberships;
        this.versions = versions;
        this.objectives = objectives;
        this.delivery = delivery;
        this.risks = risks;
        this.metrics = metrics;
        this.readings = readings;
        this.dataSet = config.dataSet();
    }

    private static Caller person(String email, String name, String organization, boolean admin) {
        return new Caller("demo:" + email, Caller.Kind.PERSON, organization, name, email, admin ? Set.of(Caller.PARTNER_ADMIN) : Set.of());
    }

    void onStart(@Observes StartupEvent event) {
        if (!dataSet.filter("demo"::equals).isPresent()) {
            loaded = true;
            return;
        }
        db.read(() -> Partnership.count("name", DEMO_PARTNERSHIP))
                .chain(count -> count > 0 ? Uni.createFrom().item(false) : seed().replaceWith(true))
                .subscribe().with(
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

    private Uni<Void> seed() {
        return db.write(this::organizations)
                .chain(this::partnership)
                .call(this::metrics)
                .chain(this::planVersionOne)
                .chain(this::planVersionTwo);
    }

    /** One demo metric: its definition, and a year of readings shaped by {@code start → end} with some noise. */
    private record DemoMetric(String name, MetricKind kind, String unit, Direction direction, String target, String amber, String red,
            Cadence cadence, String owner, Tier tier, double start, double end, double noise) {
    }

    private static final List<DemoMetric> METRICS = List.of(
            new DemoMetric("On-time delivery", MetricKind.LEADING_KPI, "%", Direction.HIGHER_IS_BETTER, "97", "92", "85", Cadence.WEEKLY,
                    "globex", Tier.EXECUTION, 88, 95.5, 1.2),
            new DemoMetric("Joint-offer orders", MetricKind.LAGGING_KPI, "orders/month", Direction.HIGHER_IS_BETTER, "4000", "3000", "2000",
                    Cadence.MONTHLY, "acme", Tier.STEERING, 300, 2650, 120),
            new DemoMetric("Customer complaints", MetricKind.LAGGING_KPI, "per 1,000 orders", Direction.LOWER_IS_BETTER, "2", "4", "6",
                    Cadence.WEEKLY, "globex", Tier.STEERING, 3.1, 6.8, 0.3),
            new DemoMetric("Partnership health score", MetricKind.HEALTH, "of 10", Direction.HIGHER_IS_BETTER, "8", "6.5", "5", Cadence.MONTHLY,
                    "acme", Tier.STRATEGIC, 6.9, 7.6, 0.25),
            new DemoMetric("Regions served next-day", MetricKind.KEY_RESULT, "regions", Direction.HIGHER_IS_BETTER, "12", "6", "3", Cadence.MONTHLY,
                    "globex", Tier.STEERING, 0, 7, 0),
            new DemoMetric("Return on joint marketing", MetricKind.ROI, "× spend", Direction.HIGHER_IS_BETTER, "3", "2", "1", Cadence.QUARTERLY,
                    "acme", Tier.STRATEGIC, 1.4, 2.6, 0.1));

    static final Caller ACME_INTEGRATOR = new Caller("demo:acme-integrator", Caller.Kind.INTEGRATOR, "acme", "acme-integrator", null, Set.of());
    static final Caller GLOBEX_INTEGRATOR = new Caller("demo:globex-integrator", Caller.Kind.INTEGRATOR, "globex", "globex-integrator", null, Set.of());

    /** Six metrics of different kinds with a year of readings from each owner's BI system: one ends amber, one red. */
    private Uni<Void> metrics(PartnershipView partnership) {
        Instant now = Clock.now();
        java.util.Random noise = new java.util.Random(42);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (DemoMetric demo : METRICS) {
            chain = chain.chain(() -> metrics.define(ALICE, new MetricInputs.Define(partnership.id(), demo.name(), demo.kind(), demo.unit(),
                            demo.direction(), new BigDecimal(demo.target()), new BigDecimal(demo.amber()), new BigDecimal(demo.red()), demo.cadence(),
                            demo.owner(), demo.tier())))
                    .chain(metric -> {
                        long step = demo.cadence().period().toHours();
                        int points = (int) Math.max(4, java.time.Duration.ofDays(365).toHours() / step);
                        List<MetricInputs.Reading> readings = new java.util.ArrayList<>();
                        for (int i = 0; i < points; i++) {
                            double progress = points == 1 ? 1 : (double) i / (points - 1);
                            double value = demo.start() + (demo.end() - demo.start()) * progress
                                    + (i == points - 1 ? 0 : noise.nextGaussian() * demo.noise());
                            Instant at = now.minus((points - 1 - i) * step, java.time.temporal.ChronoUnit.HOURS).minusSeconds(3600);
                            readings.add(new MetricInputs.Reading(metric.id(), BigDecimal.valueOf(value).setScale(demo.noise() == 0 ? 0 : 2,
                                    java.math.RoundingMode.HALF_UP), at, "demo-" + i));
                        }
                        return this.readings.record("acme".equals(demo.owner()) ? ACME_INTEGRATOR : GLOBEX_INTEGRATOR, readings, true);
                    })
                    .replaceWithVoid();
        }
        return chain;
    }

    private Uni<Void> organizations() {
        return Organization.<Organization>list("slug in ?1", ORGANIZATIONS.stream().map(Org::slug).toList()).chain(existing -> {
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
        });
    }

    private Uni<PartnershipView> partnership() {
        LocalDate start = Clock.now().atZone(ZoneOffset.UTC).toLocalDate().minusDays(30);
        return partnerships.create(ALICE, new PartnershipInputs.Create(DEMO_PARTNERSHIP,
                        "Acme and Globex bring Acme's industrial supplies to Globex's logistics network: one joint offer, "
                                + "next-day delivery in 12 regions, and shared customer support by the end of next year.",
                        GovernanceModel.INTEGRATED_OPERATIONAL_PARTNERSHIP, List.of("globex"), start))
                .call(p -> memberships.accept(GRACE, p.id()))
                .call(p -> memberships.setMemberRole(ALICE, new PartnershipInputs.SetMemberRole(p.id(), "aaron@acme.example", MemberRole.CONTRIBUTOR)))
                .call(p -> memberships.setMemberRole(ALICE, new PartnershipInputs.SetMemberRole(p.id(), "aaron@acme.example", MemberRole.LEAD)))
                .chain(p -> partnershipReader.get(ALICE, p.id()))
                .chain(p -> partnerships.update(ALICE, new PartnershipInputs.Update(p.id(), p.version(), null, null, null, PartnershipStatus.ACTIVE, null), Provided.NONE));
    }

    /** Objectives, key results, a second workstream, owners on every deliverable, risks; proposed and ratified by both sponsors. */
    private Uni<PartnershipView> planVersionOne(PartnershipView partnership) {
        return latestPlan(partnership).chain(plan -> objective(plan, "Customers in the north get next-day delivery",
                        "Acme's supplies reach Globex's northern customers the next working day.",
                        List.of(kr("Regions served next-day", "0", "12", "regions"), kr("On-time delivery rate", "81", "97", "%"),
                                kr("Orders through the joint offer per month", "0", "4000", "orders")))
                .chain(() -> objective(plan, "One face to the customer", "Customers of either company get one answer from one team.",
                        List.of(kr("Shared support cases resolved in one day", "40", "85", "%"), kr("Net promoter score of joint customers", "12", "40", "NPS"),
                                kr("Duplicate account managers removed", "0", "30", "accounts"))))
                .chain(() -> linkRegionsMetric(plan, partnership))
                .chain(() -> delivery.addWorkstream(ALICE, new PlanInputs.AddWorkstream(plan.id(), "Joint offer",
                        List.of("aaron@acme.example", "grace@globex.example"))))
                .chain(workstream -> delivery.addDeliverable(ALICE, new PlanInputs.AddDeliverable(workstream.id(), "Price list for the joint offer",
                                "Both sales teams quote from one signed price list.", dayOfPlan(plan, 35), false,
                                List.of("aaron@acme.example", "grace@globex.example"), null))
                        .chain(prices -> delivery.addDeliverable(ALICE, new PlanInputs.AddDeliverable(workstream.id(), "Joint offer on sale in 3 regions",
                                "Customers in 3 regions can order the joint offer online.", dayOfPlan(plan, 60), true,
                                List.of("alice@acme.example", "grace@globex.example"), List.of(prices.id())))))
                .chain(() -> ownLaunchDeliverables(plan))
                .chain(() -> risks.addRisk(ALICE, new PlanInputs.AddRisk(plan.id(), "Warehouse capacity in the north runs out", 3, 4,
                        "Reserve 20% of the Leeds warehouse for the joint offer.", "grace@globex.example", null, null)))
                .chain(() -> risks.addRisk(ALICE, new PlanInputs.AddRisk(plan.id(), "Sales teams keep selling separately", 4, 3,
                        "Shared incentive on joint-offer orders from month 2.", "alice@acme.example", null, null)))
                .chain(() -> risks.addRisk(ALICE, new PlanInputs.AddRisk(plan.id(), "IT integration of order systems slips", 2, 5,
                        "Start with a CSV bridge; integrate the APIs in phase 2.", "aaron@acme.example", null, null)))
                .chain(() -> latestPlan(partnership))
                .chain(current -> versions.propose(ALICE, new PlanInputs.Revision(current.id(), current.revision())))
                .chain(proposed -> versions.ratify(ALICE, new PlanInputs.Revision(proposed.id(), proposed.revision())))
                .chain(ratifying -> versions.ratify(GRACE, new PlanInputs.Revision(ratifying.id(), ratifying.revision()))))
                .chain(ratified -> progress(partnership))
                .replaceWith(partnership);
    }

    /** Version 2: an amendment in progress, with a change anyone can compare with version 1. */
    private Uni<Void> planVersionTwo(PartnershipView partnership) {
        return latestPlan(partnership)
                .chain(v1 -> versions.amend(GRACE, new PlanInputs.Amend(v1.id(), "Add the Scottish region after the pilot's success")))
                .chain(v2 -> objectives.addObjective(GRACE, new PlanInputs.AddObjective(v2.id(), "Scotland served by the joint offer",
                                "The joint offer reaches Scottish customers from the Glasgow hub."))
                        .chain(() -> db.read(() -> KeyResult.<KeyResult>find("planId = ?1 and title = ?2",
                                UUID.fromString(v2.id()), "Regions served next-day").<KeyResult>firstResult()))
                        .chain((KeyResult regions) -> objectives.updateKeyResult(GRACE, new PlanInputs.UpdateKeyResult(regions.id.toString(), regions.version, null, null,
                                new BigDecimal("13"), null, null), Provided.NONE)))
                .replaceWithVoid();
    }

    private Uni<PlanView> latestPlan(PartnershipView partnership) {
        return versions.latest(ALICE, partnership.id());
    }

    /** The key result "Regions served next-day" is measured by the metric of the same name. */
    private Uni<Void> linkRegionsMetric(PlanView plan, PartnershipView partnership) {
        return db.read(() -> KeyResult.<KeyResult>find("planId = ?1 and title = ?2", UUID.fromString(plan.id()),
                        "Regions served next-day").<KeyResult>firstResult()
                .chain(kr -> Metric.<Metric>find("partnershipId = ?1 and name = ?2",
                        UUID.fromString(partnership.id()), "Regions served next-day").<Metric>firstResult()
                        .map(metric -> new String[] {kr.id.toString(), Integer.toString(kr.version), metric.id.toString()})))
                .chain(ids -> objectives.updateKeyResult(ALICE, new PlanInputs.UpdateKeyResult(ids[0], Integer.parseInt(ids[1]), null, null, null, null, ids[2]),
                        Provided.NONE))
                .replaceWithVoid();
    }

    private record Kr(String title, String baseline, String target, String unit) {
    }

    private static Kr kr(String title, String baseline, String target, String unit) {
        return new Kr(title, baseline, target, unit);
    }

    private Uni<Void> objective(PlanView plan, String title, String description, List<Kr> keyResults) {
        return objectives.addObjective(ALICE, new PlanInputs.AddObjective(plan.id(), title, description)).chain(objective -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Kr kr : keyResults) {
                chain = chain.chain(() -> objectives.addKeyResult(ALICE, new PlanInputs.AddKeyResult(objective.id(), kr.title(),
                        new BigDecimal(kr.baseline()), new BigDecimal(kr.target()), kr.unit(), null))).replaceWithVoid();
            }
            return chain;
        });
    }

    /** The generated Launch steps get an owner of each party. */
    private Uni<Void> ownLaunchDeliverables(PlanView plan) {
        return db.read(() -> Deliverable.<Deliverable>list("planId = ?1 order by position", UUID.fromString(plan.id())))
                .chain(launch -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (var step : launch) {
                        if (step.title.startsWith("Price list") || step.title.startsWith("Joint offer")) {
                            continue;
                        }
                        chain = chain.chain(() -> delivery.updateDeliverable(ALICE, new PlanInputs.UpdateDeliverable(step.id.toString(), step.version,
                                null, null, null, null, List.of("alice@acme.example", "grace@globex.example"), null),
                                Provided.NONE)).replaceWithVoid();
                    }
                    return chain;
                });
    }

    /** A month in: the first launch steps are done, and both sponsors checked in with different confidence. */
    private Uni<Void> progress(PartnershipView partnership) {
        return db.read(() -> Deliverable.<Deliverable>list(
                        "planId = (select p.id from Plan p where p.partnershipId = ?1 and p.number = 1) order by workstreamId, position",
                        UUID.fromString(partnership.id())))
                .chain(deliverables -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    int done = 0;
                    for (var d : deliverables) {
                        if (done < 3 && !d.title.startsWith("Price") && !d.title.startsWith("Joint offer")) {
                            done++;
                            chain = chain.chain(() -> statusOf(d.id.toString(), DeliverableStatus.DONE));
                        } else if (done == 3) {
                            done++;
                            chain = chain.chain(() -> statusOf(d.id.toString(), DeliverableStatus.AT_RISK));
                        }
                    }
                    return chain;
                })
                .chain(() -> db.read(() -> KeyResult.<KeyResult>list(
                        "planId = (select p.id from Plan p where p.partnershipId = ?1 and p.number = 1) order by objectiveId, position",
                        UUID.fromString(partnership.id()))))
                .chain(keyResults -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    int[] acme = {7, 8, 6, 7, 5, 8};
                    int[] globex = {4, 7, 6, 3, 5, 7};
                    for (int i = 0; i < keyResults.size(); i++) {
                        String id = keyResults.get(i).id.toString();
                        int a = acme[i % acme.length];
                        int g = globex[i % globex.length];
                        chain = chain.chain(() -> objectives.checkIn(ALICE, new PlanInputs.CheckIn(id, null, a, "Acme's view after the first month.")))
                                .chain(() -> objectives.checkIn(GRACE, new PlanInputs.CheckIn(id, null, g, "Globex's view after the first month."))).replaceWithVoid();
                    }
                    return chain;
                });
    }

    private Uni<Void> statusOf(String deliverableId, DeliverableStatus status) {
        return db.read(() -> Deliverable.<Deliverable>findById(UUID.fromString(deliverableId)))
                .chain(d -> delivery.setStatus(ALICE, new PlanInputs.SetDeliverableStatus(deliverableId, d.version, status)))
                .replaceWithVoid();
    }

    private static LocalDate dayOfPlan(PlanView plan, int days) {
        return plan.createdAt().atZone(ZoneOffset.UTC).toLocalDate().plusDays(days - 30);
    }
}
