package dev.tandem.metric;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import dev.tandem.common.db.Db;
import dev.tandem.common.db.PgListeners;
import dev.tandem.partnership.PartyRepository;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.core.Vertx;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Carries metric status changes from the database to this replica's subscribers. Changes are stored rows;
 * PostgreSQL NOTIFY (sent at commit) only wakes every replica's listener, which then reads all changes after
 * the last one it saw. So nothing is lost: a missed or coalesced notification, or a LISTEN connection that
 * dropped and came back, is caught up by the next read.
 */
@ApplicationScoped
public class StatusChangeHub {

    static final String CHANNEL = "tandem_metric_status";
    private static final Logger LOG = Logger.getLogger(StatusChangeHub.class);
    private static final int PAGE = 500;

    /** A stored change with what delivering it needs: the metric as it is now, and the partnership's parties now. */
    record ChangeEvent(long seq, UUID partnershipId, MetricService.Loaded metric, MetricReading reading, Rag previous, Rag current,
            Instant at, Set<UUID> partyOrganizations) {
    }

    private final Vertx vertx;
    private final Db db;
    private final MetricRepository metrics;
    private final MetricService service;
    private final PartyRepository parties;
    private final PgListeners listeners;
    private final BroadcastProcessor<ChangeEvent> live = BroadcastProcessor.create();

    private PgSubscriber subscriber;
    private long lastSeq = -1;
    private boolean fetching;
    private boolean again;

    public StatusChangeHub(Vertx vertx, Db db, MetricRepository metrics, MetricService service, PartyRepository parties,
            PgListeners listeners) {
        this.vertx = vertx;
        this.db = db;
        this.metrics = metrics;
        this.service = service;
        this.parties = parties;
        this.listeners = listeners;
    }

    void start(@Observes StartupEvent event) {
        subscriber = listeners.subscriber();
        subscriber.channel(CHANNEL)
                .handler(payload -> wake())
                .subscribeHandler(ignored -> wake()); // (re)listening: catch up on whatever happened while we were not
        subscriber.closeHandler(ignored -> LOG.warn("The LISTEN connection closed; reconnecting"));
        db.read(metrics::lastSeq).subscribe().with(seq -> {
            synchronized (this) {
                lastSeq = seq;
            }
            subscriber.connect().onFailure(error -> LOG.error("LISTEN connection failed; retrying", error));
        }, error -> LOG.error("Could not read the last status change", error));
    }

    void stop(@Observes ShutdownEvent event) {
        if (subscriber != null) {
            subscriber.close();
        }
        live.onComplete();
    }

    /** Changes as they happen on any replica, from now on. */
    Multi<ChangeEvent> live() {
        return live.onOverflow().buffer(10_000);
    }

    /** Stored changes after {@code afterSeq} in these partnerships, oldest first, ready to deliver. */
    Uni<List<ChangeEvent>> replay(Collection<UUID> partnershipIds, long afterSeq, int limit) {
        return db.read(() -> metrics.changesOf(partnershipIds, afterSeq, limit).chain(this::enrich));
    }

    private synchronized void wake() {
        if (lastSeq < 0) {
            return; // still starting: the first read catches up
        }
        if (fetching) {
            again = true;
            return;
        }
        fetching = true;
        fetch();
    }

    private void fetch() {
        long from;
        synchronized (this) {
            from = lastSeq;
        }
        db.read(() -> metrics.changesAfter(from, PAGE).chain(this::enrich)).subscribe().with(events -> {
            boolean more;
            synchronized (this) {
                for (ChangeEvent event : events) {
                    if (event.seq() > lastSeq) {
                        lastSeq = event.seq();
                        live.onNext(event);
                    }
                }
                more = again || events.size() == PAGE;
                again = false;
                fetching = more;
            }
            if (more) {
                fetch();
            }
        }, error -> {
            LOG.error("Could not read status changes; retrying", error);
            vertx.setTimer(1000, id -> {
                synchronized (this) {
                    fetching = false;
                }
                wake();
            });
        });
    }

    /** Metrics, readings and current parties for a page of changes: four statements. */
    private Uni<List<ChangeEvent>> enrich(List<MetricStatusChange> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<UUID> metricIds = changes.stream().map(c -> c.metricId).collect(Collectors.toSet());
        Set<UUID> readingIds = changes.stream().map(c -> c.readingId).collect(Collectors.toSet());
        Set<UUID> partnershipIds = changes.stream().map(c -> c.partnershipId).collect(Collectors.toSet());
        return metrics.byIds(metricIds).chain(service::views)
                .chain(loaded -> metrics.readingsByIds(readingIds)
                        .chain(readings -> parties.ofPartnerships(partnershipIds).map(partyRows -> {
                            Map<UUID, MetricService.Loaded> byMetric = loaded.stream().collect(Collectors.toMap(l -> l.metric().id, Function.identity()));
                            Map<UUID, MetricReading> byReading = readings.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
                            List<ChangeEvent> events = new ArrayList<>();
                            for (MetricStatusChange change : changes) {
                                Set<UUID> orgs = new HashSet<>();
                                partyRows.stream().filter(p -> p.partnershipId.equals(change.partnershipId)).map(p -> p.organizationId).forEach(orgs::add);
                                events.add(new ChangeEvent(change.seq, change.partnershipId, byMetric.get(change.metricId), byReading.get(change.readingId),
                                        change.previous, change.current, change.at, orgs));
                            }
                            return events;
                        })));
    }
}
