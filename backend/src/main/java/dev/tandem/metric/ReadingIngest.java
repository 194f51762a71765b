package dev.tandem.metric;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import dev.tandem.common.db.Db;
import dev.tandem.common.error.Conflict;
import dev.tandem.common.error.Forbidden;
import dev.tandem.common.error.LimitExceeded;
import dev.tandem.common.error.NotFound;
import dev.tandem.common.error.ValidationFailed;
import dev.tandem.common.security.Caller;
import dev.tandem.metric.MetricViews.ReadingView;
import dev.tandem.organization.Organization;
import dev.tandem.partnership.PartnershipAccess;
import dev.tandem.partnership.Standing;
import dev.tandem.person.PersonService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Recording readings: by the owning party's members (not viewers) and its integrators, checked at the one gate;
 * batches of up to 1,000, all or nothing, idempotent per source key; each status move is handed to StatusTransitions.
 */
@ApplicationScoped
public class ReadingIngest {

    static final int MAX_BATCH = 1000;
    /** Clocks of integrators drift; a reading may be this far in the future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Db db;
    private final MetricRepository metrics;
    private final StatusTransitions transitions;
    private final PartnershipAccess access;
    private final PersonService callers;
    private final AuditService audit;

    public ReadingIngest(Db db, MetricRepository metrics, StatusTransitions transitions, PartnershipAccess access, PersonService callers,
            AuditService audit) {
        this.db = db;
        this.metrics = metrics;
        this.transitions = transitions;
        this.access = access;
        this.callers = callers;
        this.audit = audit;
    }

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
                throw batch ? new NotFound(at + "metricId", "No metric with that id.") : MetricRepository.notFound();
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
            throw batch ? new NotFound(at + "metricId", "No metric with that id.") : MetricRepository.notFound();
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
                    .chain(() -> transitions.apply(fresh, byId, now))
                    .chain(() -> auditReadings(caller, organization, fresh, byId))
                    .chain(() -> metrics.flush())
                    .map(ignored -> result.stream().map(ReadingView::of).toList());
        });
    }

    private static Uni<Void> persistAll(List<MetricReading> readings) {
        return readings.isEmpty() ? Uni.createFrom().voidItem() : MetricReading.persist(readings);
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

}
