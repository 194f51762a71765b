package dev.tandem.metric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.tandem.audit.AuditService;
import dev.tandem.audit.AuditService.Change;
import dev.tandem.common.Changes;
import dev.tandem.common.Clock;
import dev.tandem.common.Ids;
import dev.tandem.common.Validate;
import dev.tandem.common.db.Db;
import dev.tandem.common.error.Conflict;
import dev.tandem.common.error.Forbidden;
import dev.tandem.common.error.NotFound;
import dev.tandem.common.error.ValidationFailed;
import dev.tandem.common.graphql.Provided;
import dev.tandem.common.security.Caller;
import dev.tandem.metric.MetricViews.MetricView;
import dev.tandem.organization.OrganizationService;
import dev.tandem.partnership.PartnershipAccess;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/** Defining and changing metrics (sponsors and steering members): thresholds that fit the direction; new thresholds re-rate the latest reading. */
@ApplicationScoped
public class MetricDefinitions {

    private final Db db;
    private final MetricRepository metrics;
    private final MetricReader reader;
    private final StatusTransitions transitions;
    private final PartnershipAccess access;
    private final OrganizationService organizations;
    private final AuditService audit;

    public MetricDefinitions(Db db, MetricRepository metrics, MetricReader reader, StatusTransitions transitions, PartnershipAccess access,
            OrganizationService organizations, AuditService audit) {
        this.db = db;
        this.metrics = metrics;
        this.reader = reader;
        this.transitions = transitions;
        this.access = access;
        this.organizations = organizations;
        this.audit = audit;
    }

    public Uni<MetricView> define(Caller caller, MetricInputs.Define input) {
        String name = Validate.required("name", input.name(), 120);
        String unit = Validate.optional("unit", input.unit(), 40);
        String owner = Validate.slug("owningParty", input.owningParty());
        MetricRules.checkThresholds(input.direction(), input.target(), input.amberThreshold(), input.redThreshold());
        return db.write(() -> access.require(caller, input.partnershipId()).chain(granted -> {
            if (!granted.standing().steers()) {
                throw new Forbidden("Only sponsors and steering members define metrics.");
            }
            return organizations.ofSlugInSession(owner).chain(owning -> {
                if (owning == null || !granted.acceptedOrganizations().contains(owning.id)) {
                    throw new ValidationFailed("owningParty", "'" + owner + "' is not an accepted party of the partnership.");
                }
                return Metric.count("partnershipId = ?1 and lower(name) = lower(?2)", granted.partnership().id, name).chain(taken -> {
                    if (taken > 0) {
                        throw new ValidationFailed("name", "The partnership already has a metric named '" + name + "'.");
                    }
                    Metric metric = new Metric();
                    metric.id = UUID.randomUUID();
                    metric.partnershipId = granted.partnership().id;
                    metric.name = name;
                    metric.kind = input.kind();
                    metric.unit = unit;
                    metric.direction = input.direction();
                    metric.target = input.target();
                    metric.amberThreshold = input.amberThreshold();
                    metric.redThreshold = input.redThreshold();
                    metric.cadence = input.cadence();
                    metric.owningOrgId = owning.id;
                    metric.escalationTier = input.escalationTier();
                    metric.status = Rag.UNKNOWN;
                    metric.createdAt = Clock.now();
                    return metric.<Metric>persist()
                            .call(() -> audit.record(caller, granted.organization(), new Change(metric.partnershipId, "metric.defined", "Metric", metric.id,
                                    caller.name() + " defined the metric \"" + name + "\"", null,
                                    Changes.state("name", name, "direction", metric.direction, "amber", metric.amberThreshold, "red", metric.redThreshold))))
                            .call(() -> metrics.flush())
                            .map(saved -> MetricView.of(saved, null, owning, null, Viewer.of(granted), null));
                });
            });
        }));
    }

    public Uni<MetricView> update(Caller caller, MetricInputs.Update input, Provided provided) {
        UUID id = Ids.parse(input.id()).orElse(null);
        if (id == null) {
            return Uni.createFrom().failure(MetricRepository.notFound());
        }
        // locked first, like readings lock their metrics, before the change log: one order of locks for every writer
        return db.write(() -> metrics.findById(id, LockModeType.PESSIMISTIC_WRITE).onItem().ifNull().failWith(MetricRepository::notFound)
                .chain(metric -> access.require(caller, metric.partnershipId)
                        .onFailure(NotFound.class).transform(ignored -> MetricRepository.notFound())
                        .chain(granted -> updateWith(caller, granted, metric, input, provided))));
    }

    private Uni<MetricView> updateWith(Caller caller, PartnershipAccess.Access granted, Metric metric, MetricInputs.Update input, Provided provided) {
        if (!granted.standing().steers()) {
            throw new Forbidden("Only sponsors and steering members change metrics.");
        }
        String name = input.name() == null ? metric.name : Validate.required("name", input.name(), 120);
        String unit = input.unit() == null ? (provided.cleared("unit", null) ? null : metric.unit) : Validate.optional("unit", input.unit(), 40);
        BigDecimal target = input.target() == null ? (provided.cleared("target", null) ? null : metric.target) : input.target();
        BigDecimal amber = input.amberThreshold() == null ? metric.amberThreshold : input.amberThreshold();
        BigDecimal red = input.redThreshold() == null ? metric.redThreshold : input.redThreshold();
        MetricRules.checkThresholds(metric.direction, target, amber, red);
        if (input.version() != metric.version) {
            throw new Conflict("version", "The metric changed since you read it (version " + input.version() + ", now " + metric.version + ").");
        }
        Map<String, Object> before = Changes.state("name", metric.name, "unit", metric.unit, "target", metric.target, "amber", metric.amberThreshold,
                "red", metric.redThreshold, "cadence", metric.cadence, "tier", metric.escalationTier);
        metric.name = name;
        metric.unit = unit;
        metric.cadence = input.cadence() == null ? metric.cadence : input.cadence();
        metric.escalationTier = input.escalationTier() == null ? metric.escalationTier : input.escalationTier();
        boolean thresholdsChange = !same(target, metric.target) || amber.compareTo(metric.amberThreshold) != 0 || red.compareTo(metric.redThreshold) != 0;
        boolean anotherPartyAgrees = granted.acceptedOrganizations().stream().anyMatch(org -> !org.equals(granted.organization().id));
        Uni<Void> thresholds = Uni.createFrom().voidItem();
        if (thresholdsChange && anotherPartyAgrees) {
            // one party does not loosen (or tighten) a shared measure alone: the change waits for another party
            metric.pendingTarget = target;
            metric.pendingClearsTarget = target == null;
            metric.pendingAmber = amber;
            metric.pendingRed = red;
            metric.pendingOrgId = granted.organization().id;
            metric.pendingBy = caller.subject();
            metric.pendingAt = Clock.now();
        } else if (thresholdsChange) {
            thresholds = applyThresholds(transitions, metric, target, amber, red);
        }
        Map<String, Object> after = Changes.state("name", metric.name, "unit", metric.unit, "target", metric.target, "amber", metric.amberThreshold,
                "red", metric.redThreshold, "cadence", metric.cadence, "tier", metric.escalationTier, "pendingAmber", metric.pendingAmber,
                "pendingRed", metric.pendingRed);
        return thresholds.call(() -> audit.record(caller, granted.organization(), new Change(metric.partnershipId, "metric.updated", "Metric", metric.id,
                        caller.name() + " changed the metric \"" + metric.name + "\"" + (metric.hasPendingChange() && thresholdsChange && anotherPartyAgrees
                                ? "; the new thresholds wait for another party to agree" : ""), before, after)))
                .call(() -> metrics.flush())
                .chain(() -> reader.views(List.of(metric)))
                .map(loaded -> loaded.get(0).view(Viewer.of(granted)));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /**
     * Puts new thresholds in force: the latest reading, which the metric's status stands on, is re-rated with the
     * metric, so `status` and `latest.status` (and a status change's reading) agree; older readings keep theirs.
     */
    static Uni<Void> applyThresholds(StatusTransitions transitions, Metric metric, BigDecimal target, BigDecimal amber, BigDecimal red) {
        metric.target = target;
        metric.amberThreshold = amber;
        metric.redThreshold = red;
        Uni<MetricReading> latest = metric.latestReadingId == null ? Uni.createFrom().nullItem() : MetricReading.findById(metric.latestReadingId);
        return latest.chain(reading -> {
            if (reading == null) {
                return Uni.createFrom().voidItem();
            }
            Rag now = MetricRules.status(reading.value, metric.direction, amber, red);
            Rag previous = MetricRules.current(metric, Clock.now());
            reading.status = now;
            metric.status = now;
            return now != previous && previous != Rag.UNKNOWN
                    ? transitions.record(List.of(new StatusTransitions.Move(metric, previous, now, reading)))
                    : Uni.createFrom().voidItem();
        });
    }

}
