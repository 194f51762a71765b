package dev.tandem.metric;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.tandem.audit.AuditService;
import dev.tandem.audit.AuditService.Change;
import dev.tandem.common.Changes;
import dev.tandem.common.Clock;
import dev.tandem.common.Ids;
import dev.tandem.common.Validate;
import dev.tandem.common.db.Db;
import dev.tandem.common.error.Conflict;
import dev.tandem.common.error.Forbidden;
import dev.tandem.common.error.LimitExceeded;
import dev.tandem.common.error.NotFound;
import dev.tandem.common.error.ValidationFailed;
import dev.tandem.common.graphql.Provided;
import dev.tandem.common.security.Caller;
import dev.tandem.organization.Organization;
import dev.tandem.organization.OrganizationService;
import dev.tandem.organization.OrganizationView;
import dev.tandem.partnership.MemberRole;
import dev.tandem.partnership.PartnershipAccess;
import dev.tandem.partnership.PartnershipView;
import dev.tandem.partnership.Standing;
import dev.tandem.person.PersonService;
import dev.tandem.metric.MetricViews.EscalationView;
import dev.tandem.metric.MetricViews.MetricView;
import dev.tandem.metric.MetricViews.ReadingView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/**
 * Metrics and their readings: thresholds that fit the direction, who may record what (the owning party's
 * members and integrators), idempotent batches that record all or nothing, and the status changes a
 * reading causes — stored with it, escalated when red, and announced to every replica at commit.
 */
@ApplicationScoped
public class MetricService {

    static final int MAX_BATCH = 1000;
    static final int MAX_READINGS = 400;
    /** Clocks of integrators drift; a reading may be this far in the future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final Duration ESCALATION_RESPONSE = Duration.ofDays(3);

    private final Db db;
    private final MetricRepository metrics;
    private final PartnershipAccess access;
    private final PersonService callers;
    private final OrganizationService organizations;
    private final AuditService audit;

    public MetricService(Db db, MetricRepository metrics, PartnershipAccess access,
            PersonService callers, OrganizationService organizations, AuditService audit) {
        this.db = db;
        this.metrics = metrics;
        this.access = access;
        this.callers = callers;
        this.organizations = organizations;
        this.audit = audit;
    }

    /** Who looks at a metric, for its viewerCan* fields. */
    record Viewer(MemberRole role, UUID organizationId, boolean accepted, boolean integrator) {

        static Viewer of(PartnershipView partnership, Caller caller) {
            return new Viewer(partnership.viewerRole(), partnership.viewerOrganizationId(), partnership.viewerPartyAccepted(), !caller.isPerson());
        }

        boolean canRecord(Metric metric) {
            return accepted && metric.owningOrgId.equals(organizationId) && (integrator || role != MemberRole.VIEWER);
        }

        boolean canEdit() {
            return accepted && !integrator && (role == MemberRole.SPONSOR || role == MemberRole.STEERING);
        }
    }

    // ------------------------------------------------------------------------------------ reads

    public Uni<List<List<MetricView>>> metricsOf(List<PartnershipView> partnerships, Caller caller) {
        List<UUID> ids = partnerships.stream().map(p -> UUID.fromString(p.id())).toList();
        return db.read(() -> metrics.ofPartnerships(ids).chain(rows -> views(rows)))
                .map(views -> partnerships.stream().map(p -> {
                    Viewer viewer = Viewer.of(p, caller);
                    return views.stream().filter(v -> v.metric().partnershipId.equals(UUID.fromString(p.id())))
                            .map(v -> v.view(viewer)).toList();
                }).toList());
    }

    /** A metric with what its view needs, before the viewer is known. */
    record Loaded(Metric metric, MetricReading latest, Organization owner) {

        MetricView view(Viewer viewer) {
            return MetricView.of(metric, latest, owner, viewer, null);
        }
    }

    /** Latest readings and owners of these metrics: two statements. */
    Uni<List<Loaded>> views(List<Metric> rows) {
        return metrics.readingsByIds(rows.stream().map(m -> m.latestReadingId).filter(Objects::nonNull).toList())
                .chain(latest -> organizations.byIdsInSession(rows.stream().map(m -> m.owningOrgId).collect(Collectors.toSet()))
                        .map(orgs -> {
                            Map<UUID, MetricReading> byId = latest.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
                            return rows.stream().map(m -> new Loaded(m, m.latestReadingId == null ? null : byId.get(m.latestReadingId),
                                    orgs.get(m.owningOrgId))).toList();
                        }));
    }

    public Uni<List<List<ReadingView>>> readings(List<MetricView> parents, int last) {
        if (last < 0 || last > MAX_READINGS) {
            throw new LimitExceeded("last", "last is from 0 to " + MAX_READINGS + ".");
        }
        return db.read(() -> metrics.latestReadings(parents.stream().map(MetricView::uuid).collect(Collectors.toSet()), last))
                .map(rows -> parents.stream()
                        .map(m -> rows.stream().filter(r -> r.metricId.equals(m.uuid())).map(ReadingView::of).toList())
                        .toList());
    }

    /** The worst current metric status of each partnership; UNKNOWN without a known one. */
    public Uni<List<Rag>> health(List<PartnershipView> partnerships) {
        List<UUID> ids = partnerships.stream().map(p -> UUID.fromString(p.id())).toList();
        Instant now = Clock.now();
        return db.read(() -> metrics.ofPartnerships(ids))
                .map(rows -> ids.stream().map(id -> MetricRules.worst(rows.stream()
                        .filter(m -> m.partnershipId.equals(id)).map(m -> MetricRules.current(m, now)).toList())).toList());
    }

    public Uni<List<List<String>>> warnings(List<PartnershipView> partnerships) {
        List<UUID> ids = partnerships.stream().map(p -> UUID.fromString(p.id())).toList();
        return db.read(() -> metrics.ofPartnerships(ids))
                .map(rows -> ids.stream().map(id -> {
                    long count = rows.stream().filter(m -> m.partnershipId.equals(id)).count();
                    return count > MetricRules.VITAL_FEW
                            ? List.of(count + " metrics: focus on the vital few (5 to 8) that show whether the partnership works.")
                            : List.<String>of();
                }).toList());
    }

    /** For each partnership, the id of its newest status change ("0" without any): a subscription's starting point. */
    public Uni<List<String>> cursors(List<PartnershipView> partnerships) {
        List<UUID> ids = partnerships.stream().map(p -> UUID.fromString(p.id())).toList();
        return db.read(() -> metrics.newestChangeOf(ids)).map(rows -> {
            Map<UUID, Long> newest = new HashMap<>();
            rows.forEach(row -> newest.put((UUID) row[0], ((Number) row[1]).longValue()));
            return ids.stream().map(id -> Long.toString(newest.getOrDefault(id, 0L))).toList();
        });
    }

    /** The id of the newest status change in any of the caller's partnerships ("0" without any). */
    public Uni<String> cursor(Caller caller) {
        return db.read(() -> callers.enter(caller).chain(organization -> metrics.newestChangeFor(organization.id))).map(seq -> Long.toString(seq));
    }

    public Uni<List<List<EscalationView>>> escalations(List<PartnershipView> partnerships) {
        List<UUID> ids = partnerships.stream().map(p -> UUID.fromString(p.id())).toList();
        return db.read(() -> metrics.escalationsOf(ids))
                .map(rows -> ids.stream().map(id -> rows.stream().filter(e -> e.partnershipId.equals(id))
                        .sorted(Comparator.comparing((Escalation e) -> e.status).thenComparing(e -> e.openedAt, Comparator.reverseOrder()))
                        .map(e -> new EscalationView(e.id.toString(), e.tier, e.status, e.summary, e.openedAt, e.metricId, e.partnershipId))
                        .toList()).toList());
    }

    /** Metrics by id (nulls allowed), in input order; their viewerCan* fields are false: rights are read on the partnership. */
    public Uni<List<MetricView>> metricsById(List<UUID> ids) {
        return db.read(() -> metrics.byIds(ids.stream().filter(Objects::nonNull).collect(Collectors.toSet())).chain(this::views))
                .map(loaded -> ids.stream().map(id -> id == null ? null : loaded.stream().filter(l -> l.metric().id.equals(id)).findFirst()
                        .map(l -> l.view(null)).orElse(null)).toList());
    }

    // ------------------------------------------------------------------------------------ definitions

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
                            .map(saved -> new Loaded(saved, null, owning).view(viewerOf(granted)));
                });
            });
        }));
    }

    public Uni<MetricView> update(Caller caller, MetricInputs.Update input, Provided provided) {
        UUID id = Ids.parse(input.id()).orElse(null);
        if (id == null) {
            return Uni.createFrom().failure(metricNotFound());
        }
        // locked first, like readings lock their metrics, before the change log: one order of locks for every writer
        return db.write(() -> metrics.findById(id, LockModeType.PESSIMISTIC_WRITE).onItem().ifNull().failWith(MetricService::metricNotFound)
                .chain(metric -> access.require(caller, metric.partnershipId)
                        .onFailure(NotFound.class).transform(ignored -> metricNotFound())
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
        metric.target = target;
        metric.amberThreshold = amber;
        metric.redThreshold = red;
        metric.cadence = input.cadence() == null ? metric.cadence : input.cadence();
        metric.escalationTier = input.escalationTier() == null ? metric.escalationTier : input.escalationTier();
        Map<String, Object> after = Changes.state("name", metric.name, "unit", metric.unit, "target", metric.target, "amber", metric.amberThreshold,
                "red", metric.redThreshold, "cadence", metric.cadence, "tier", metric.escalationTier);
        Uni<MetricReading> latest = metric.latestReadingId == null ? Uni.createFrom().nullItem() : MetricReading.findById(metric.latestReadingId);
        return latest.chain(reading -> {
            Uni<Void> restatus = Uni.createFrom().voidItem();
            if (reading != null) {
                // the latest reading is what the metric's status stands on: both are re-rated, so `status` and
                // `latest.status` (and a status change's reading) agree; older readings keep their rating
                Rag now = MetricRules.status(reading.value, metric.direction, amber, red);
                Rag previous = MetricRules.current(metric, Clock.now());
                reading.status = now;
                metric.status = now;
                if (now != previous && previous != Rag.UNKNOWN) {
                    restatus = metrics.lockChangeLog().chain(() -> statusChanged(new Move(metric, previous, now, reading)));
                }
            }
            return restatus;
        }).call(() -> audit.record(caller, granted.organization(), new Change(metric.partnershipId, "metric.updated", "Metric", metric.id,
                        caller.name() + " changed the metric \"" + metric.name + "\"", before, after)))
                .call(() -> metrics.flush())
                .chain(() -> views(List.of(metric)))
                .map(loaded -> loaded.get(0).view(viewerOf(granted)));
    }

    // ------------------------------------------------------------------------------------ readings

    /** Records readings, all or nothing; repeats of an integrator's source key return the reading recorded first. */
    public Uni<List<ReadingView>> record(Caller caller, List<MetricInputs.Reading> inputs, boolean batch) {
        if (inputs.size() > MAX_BATCH) {
            throw new LimitExceeded("inputs", "At most " + MAX_BATCH + " readings per call.");
        }
        Instant now = Clock.now();
        List<UUID> metricIds = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            MetricInputs.Reading reading = inputs.get(i);
            String at = batch ? "inputs[" + i + "]." : "";
            UUID id = Ids.parse(reading.metricId()).orElse(null);
            if (id == null) {
                throw batch ? new NotFound(at + "metricId", "No metric with that id.") : metricNotFound();
            }
            metricIds.add(id);
            if (reading.value().abs().compareTo(new BigDecimal("1e14")) >= 0 || reading.value().scale() > 6) {
                throw new ValidationFailed(at + "value", "value must be below 10^14 with at most 6 decimals.");
            }
            if (reading.observedAt().isAfter(now.plus(CLOCK_SKEW))) {
                throw new ValidationFailed(at + "observedAt", "observedAt is in the future.");
            }
            if (reading.observedAt().isBefore(Instant.parse("2000-01-01T00:00:00Z"))) {
                throw new ValidationFailed(at + "observedAt", "observedAt is before 2000.");
            }
            if (reading.sourceKey() != null && (reading.sourceKey().isBlank() || reading.sourceKey().length() > 200)) {
                throw new ValidationFailed(at + "sourceKey", "sourceKey has 1 to 200 characters.");
            }
        }
        return db.write(() -> callers.enter(caller).chain(organization -> metrics.lockByIds(new HashSet<>(metricIds)).chain(found -> {
            Map<UUID, Metric> byId = found.stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
            return standings(caller, found).chain(standings -> {
                for (int i = 0; i < inputs.size(); i++) {
                    checkMayRecord(byId.get(metricIds.get(i)), standings, batch ? "inputs[" + i + "]." : "", batch);
                }
                return recordChecked(caller, organization, inputs, metricIds, byId, now, batch);
            });
        })));
    }

    /** The caller's standing in each partnership of these metrics, through the one gate; a partnership not theirs is absent. */
    private Uni<Map<UUID, Standing>> standings(Caller caller, List<Metric> found) {
        Map<UUID, Standing> standings = new HashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (UUID partnershipId : found.stream().map(m -> m.partnershipId).distinct().toList()) {
            chain = chain.chain(() -> access.require(caller, partnershipId)
                    .invoke(granted -> standings.put(partnershipId, granted.standing()))
                    .onFailure(NotFound.class).recoverWithNull()
                    .replaceWithVoid());
        }
        return chain.replaceWith(standings);
    }

    /** A reading of a metric of a partnership that is not the caller's is refused as if the metric did not exist. */
    private static void checkMayRecord(Metric metric, Map<UUID, Standing> standings, String at, boolean batch) {
        Standing standing = metric == null ? null : standings.get(metric.partnershipId);
        if (standing == null || standing.party() == null) {
            throw batch ? new NotFound(at + "metricId", "No metric with that id.") : metricNotFound();
        }
        if (!standing.canRecordReadingsOf(metric.owningOrgId)) {
            boolean owning = metric.owningOrgId.equals(standing.party().organizationId);
            throw new Forbidden(at + "metricId", owning ? "Viewers do not record readings." : "Only the owning party records readings of \"" + metric.name + "\".");
        }
    }

    private Uni<List<ReadingView>> recordChecked(Caller caller, Organization organization, List<MetricInputs.Reading> inputs, List<UUID> metricIds,
            Map<UUID, Metric> byId, Instant now, boolean batch) {
        Set<String> keys = inputs.stream().map(MetricInputs.Reading::sourceKey).filter(Objects::nonNull).collect(Collectors.toSet());
        return metrics.bySourceKeys(byId.keySet(), keys).chain(existing -> {
            Map<String, MetricReading> known = new HashMap<>();
            existing.forEach(r -> known.put(r.metricId + "|" + r.sourceKey, r));
            List<MetricReading> result = new ArrayList<>();
            List<MetricReading> fresh = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                MetricInputs.Reading input = inputs.get(i);
                Metric metric = byId.get(metricIds.get(i));
                MetricReading earlier = input.sourceKey() == null ? null : known.get(metric.id + "|" + input.sourceKey());
                if (earlier != null) {
                    if (earlier.value.compareTo(input.value()) != 0 || !earlier.observedAt.equals(input.observedAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS))) {
                        throw new Conflict((batch ? "inputs[" + i + "]." : "") + "sourceKey",
                                "sourceKey '" + input.sourceKey() + "' was used for a different reading of \"" + metric.name + "\".");
                    }
                    result.add(earlier);
                    continue;
                }
                MetricReading reading = new MetricReading();
                reading.id = UUID.randomUUID();
                reading.metricId = metric.id;
                reading.value = input.value();
                reading.observedAt = input.observedAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
                reading.status = MetricRules.status(input.value(), metric.direction, metric.amberThreshold, metric.redThreshold);
                reading.source = caller.isPerson() ? ReadingSource.MANUAL : ReadingSource.INTEGRATION;
                reading.sourceKey = input.sourceKey();
                reading.recordedBy = caller.subject();
                reading.recordedAt = now;
                if (input.sourceKey() != null) {
                    known.put(metric.id + "|" + input.sourceKey(), reading);
                }
                fresh.add(reading);
                result.add(reading);
            }
            return persistAll(fresh)
                    .chain(() -> applyStatus(fresh, byId, now))
                    .chain(() -> auditReadings(caller, organization, fresh, byId))
                    .chain(() -> metrics.flush())
                    .map(ignored -> result.stream().map(ReadingView::of).toList());
        });
    }

    private static Uni<Void> persistAll(List<MetricReading> readings) {
        return readings.isEmpty() ? Uni.createFrom().voidItem() : MetricReading.persist(readings);
    }

    /** A status move found while applying readings, written once the change log is locked. */
    private record Move(Metric metric, Rag previous, Rag current, MetricReading reading) {
    }

    /**
     * Readings newer than a metric's latest move its status, in observed order; each move is a stored, announced
     * change. The moves are found in memory first, so that the change log's lock is taken before anything is written.
     */
    private Uni<Void> applyStatus(List<MetricReading> fresh, Map<UUID, Metric> byId, Instant now) {
        List<Move> moves = new ArrayList<>();
        List<MetricReading> ordered = fresh.stream().sorted(Comparator.comparing((MetricReading r) -> r.observedAt).thenComparing(r -> r.recordedAt)).toList();
        for (MetricReading reading : ordered) {
            Metric metric = byId.get(reading.metricId);
            if (metric.latestObservedAt != null && !reading.observedAt.isAfter(metric.latestObservedAt)) {
                continue;
            }
            Rag previous = MetricRules.current(metric, now);
            metric.latestObservedAt = reading.observedAt;
            metric.latestReadingId = reading.id;
            metric.status = reading.status;
            Rag current = MetricRules.current(metric, now);
            if (current != previous) {
                moves.add(new Move(metric, previous, current, reading));
            }
        }
        if (moves.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> chain = metrics.lockChangeLog();
        for (Move move : moves) {
            chain = chain.chain(() -> statusChanged(move));
        }
        return chain;
    }

    private Uni<Void> statusChanged(Move move) {
        Metric metric = move.metric();
        MetricReading reading = move.reading();
        MetricStatusChange change = new MetricStatusChange();
        change.metricId = metric.id;
        change.partnershipId = metric.partnershipId;
        change.previous = move.previous();
        change.current = move.current();
        change.readingId = reading.id;
        change.at = Clock.now();
        Uni<Void> escalate = Uni.createFrom().voidItem();
        if (move.current() == Rag.RED) {
            escalate = openEscalation(metric, reading, change.at);
        }
        Uni<Void> escalation = escalate;
        return metrics.flush()
                .chain(() -> change.persist())
                .chain(() -> metrics.flush())
                .chain(() -> metrics.notifyChange(change.seq))
                .chain(() -> escalation);
    }

    private static Uni<Void> openEscalation(Metric metric, MetricReading reading, Instant at) {
        Escalation escalation = new Escalation();
        escalation.id = UUID.randomUUID();
        escalation.partnershipId = metric.partnershipId;
        escalation.metricId = metric.id;
        escalation.tier = metric.escalationTier;
        escalation.status = EscalationStatus.OPEN;
        escalation.summary = "\"" + metric.name + "\" turned red at " + reading.value.stripTrailingZeros().toPlainString()
                + (metric.unit == null ? "" : " " + metric.unit) + " (red threshold " + metric.redThreshold.stripTrailingZeros().toPlainString() + ").";
        escalation.openedAt = at;
        escalation.responseDueAt = at.plus(ESCALATION_RESPONSE);
        return escalation.persist().replaceWithVoid();
    }

    private Uni<Void> auditReadings(Caller caller, Organization organization, List<MetricReading> fresh, Map<UUID, Metric> byId) {
        Map<UUID, List<MetricReading>> byMetric = new LinkedHashMap<>();
        fresh.forEach(r -> byMetric.computeIfAbsent(r.metricId, k -> new ArrayList<>()).add(r));
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (var entry : byMetric.entrySet()) {
            Metric metric = byId.get(entry.getKey());
            List<MetricReading> readings = entry.getValue();
            MetricReading last = readings.get(readings.size() - 1);
            String summary = caller.name() + (readings.size() == 1
                    ? " recorded " + last.value.stripTrailingZeros().toPlainString() + " for \"" + metric.name + "\""
                    : " recorded " + readings.size() + " readings of \"" + metric.name + "\"");
            chain = chain.chain(() -> audit.record(caller, organization, new Change(metric.partnershipId, "metric.readings_recorded", "Metric", metric.id,
                    summary, null, Changes.state("readings", readings.size(), "status", metric.status)))).replaceWithVoid();
        }
        return chain;
    }

    // ------------------------------------------------------------------------------------ helpers

    static Viewer viewerOf(PartnershipAccess.Access granted) {
        var standing = granted.standing();
        return new Viewer(standing.role(), granted.organization().id, standing.accepted(), !standing.caller().isPerson());
    }

    static NotFound metricNotFound() {
        return new NotFound("No metric with that id.");
    }

    private static BigDecimal plain(BigDecimal value) {
        return MetricViews.plain(value);
    }


}
