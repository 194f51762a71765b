package dev.tandem.metric;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.tandem.common.Clock;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A metric's status moves: found in observed order, stored in the reading's transaction in commit order, announced to
 * every replica at commit (NOTIFY), and a move to RED opens an escalation at the metric's tier.
 */
@ApplicationScoped
public class StatusTransitions {

    private final MetricRepository metrics;
    private final MetricAlarms alarms;

    public StatusTransitions(MetricRepository metrics, MetricAlarms alarms) {
        this.metrics = metrics;
        this.alarms = alarms;
    }

    /** A status move found while applying readings, written once the change log is locked. */
    record Move(Metric metric, Rag previous, Rag current, MetricReading reading) {
    }

    /**
     * Readings newer than a metric's latest move its status, in observed order; each move is a stored, announced
     * change. The moves are found in memory first, so that the change log's lock is taken before anything is written.
     */
    Uni<Void> apply(List<MetricReading> fresh, Map<UUID, Metric> byId, Instant now) {
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
        return record(moves);
    }

    /**
     * Stores these moves after taking the change log's lock (see MetricRepository.lockChangeLog), each change inserted
     * at once so its seq is drawn under the lock, and wakes every replica once at commit: NOTIFY only wakes, the
     * stored rows are what subscribers receive.
     */
    Uni<Void> record(List<Move> moves) {
        List<MetricStatusChange> stored = new ArrayList<>();
        Uni<Void> chain = metrics.lockChangeLog().chain(() -> metrics.flush());
        for (Move move : moves) {
            chain = chain.chain(() -> store(move, stored));
        }
        return chain
                .chain(() -> metrics.flush())
                .chain(() -> metrics.notifyChange(stored.get(stored.size() - 1).seq));
    }

    /** One change, and an escalation at the metric's tier when it is a move to RED. */
    private Uni<Void> store(Move move, List<MetricStatusChange> stored) {
        Metric metric = move.metric();
        MetricStatusChange change = new MetricStatusChange();
        change.metricId = metric.id;
        change.partnershipId = metric.partnershipId;
        change.previous = move.previous();
        change.current = move.current();
        change.readingId = move.reading().id;
        change.at = Clock.now();
        stored.add(change);
        Uni<Void> inserted = change.persist().replaceWithVoid();
        if (move.current() == Rag.RED) {
            return inserted.chain(() -> alarms.turnedRed(metric, move.reading(), change.at));
        }
        return move.current() == Rag.GREEN ? inserted.chain(() -> alarms.backToGreen(metric, change.at)) : inserted;
    }

}
