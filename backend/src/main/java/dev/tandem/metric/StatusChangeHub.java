package dev.tandem.metric;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.tandem.common.db.Db;
import dev.tandem.common.db.PgListeners;
import dev.tandem.common.events.ChangeFeed;
import dev.tandem.common.events.Sequenced;
import dev.tandem.metric.MetricViews.MetricView;
import dev.tandem.metric.MetricViews.ReadingView;
import dev.tandem.metric.MetricViews.StatusChangeView;
import dev.tandem.organization.Organization;
import dev.tandem.organization.OrganizationRepository;
import dev.tandem.partnership.Partnership;
import dev.tandem.partnership.PartnershipRepository;
import dev.tandem.partnership.PartnershipView;
import dev.tandem.partnership.Party;
import dev.tandem.partnership.PartyRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Carries metric status changes from the database to this replica's subscribers (a ChangeFeed of the status change
 * log), each built once for every subscriber.
 */
@ApplicationScoped
public class StatusChangeHub {

    static final String CHANNEL = "tandem_metric_status";

    /**
     * A stored change, ready to deliver: its view, built once for every subscriber (the metric as it is now, with its
     * partnership), and the partnership's parties now, against which each subscriber's access is checked.
     */
    record ChangeEvent(long seq, UUID partnershipId, Rag current, Set<UUID> partyOrganizations, StatusChangeView view) implements Sequenced {
    }

    private final Db db;
    private final MetricRepository metrics;
    private final OrganizationRepository organizations;
    private final PartnershipRepository partnerships;
    private final PartyRepository parties;
    private final PgListeners listeners;
    private final ChangeFeed<ChangeEvent> feed;

    public StatusChangeHub(Vertx vertx, Db db, MetricRepository metrics, OrganizationRepository organizations, PartnershipRepository partnerships,
            PartyRepository parties, PgListeners listeners, MeterRegistry registry) {
        this.db = db;
        this.metrics = metrics;
        this.organizations = organizations;
        this.partnerships = partnerships;
        this.parties = parties;
        this.listeners = listeners;
        this.feed = new ChangeFeed<>(CHANNEL, vertx, db, registry, new ChangeFeed.Source<>() {
            @Override
            public Uni<Long> lastSeq() {
                return metrics.lastSeq();
            }

            @Override
            public Uni<List<ChangeEvent>> after(long seq, int limit) {
                return metrics.changesAfter(seq, limit).chain(StatusChangeHub.this::enrich);
            }
        });
    }

    void start(@Observes StartupEvent event) {
        feed.start(listeners);
    }

    void stop(@Observes ShutdownEvent event) {
        feed.stop();
    }

    /** Changes as they happen on any replica, from now on. */
    Multi<ChangeEvent> live() {
        return feed.live();
    }

    /** Stored changes after {@code afterSeq} in these partnerships, oldest first, ready to deliver. */
    Uni<List<ChangeEvent>> replay(Collection<UUID> partnershipIds, long afterSeq, int limit) {
        return db.readInTurn(() -> metrics.changesOf(partnershipIds, afterSeq, limit).chain(this::enrich));
    }

    /** What a page of changes needs: metrics, their latest and causing readings, owners, partnerships and parties: six statements. */
    private Uni<List<ChangeEvent>> enrich(List<MetricStatusChange> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<UUID> partnershipIds = changes.stream().map(c -> c.partnershipId).collect(Collectors.toSet());
        return metrics.byIds(changes.stream().map(c -> c.metricId).collect(Collectors.toSet()))
                .chain(rows -> metrics.readingsByIds(readingIds(changes, rows))
                        .chain(readings -> organizations.findByIds(rows.stream()
                                        .flatMap(m -> m.pendingOrgId == null ? Stream.of(m.owningOrgId) : Stream.of(m.owningOrgId, m.pendingOrgId))
                                        .collect(Collectors.toSet()))
                                .chain(owners -> partnerships.byIds(partnershipIds)
                                        .chain(found -> parties.ofPartnerships(partnershipIds)
                                                .map(partyRows -> new EventParts(rows, readings, owners, found, partyRows).events(changes))))));
    }

    /** The readings that caused the changes and the metrics' latest ones. */
    private static Set<UUID> readingIds(List<MetricStatusChange> changes, List<Metric> rows) {
        Set<UUID> ids = changes.stream().map(c -> c.readingId).collect(Collectors.toSet());
        rows.stream().map(m -> m.latestReadingId).filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }

    /** The rows a page of changes refers to, by id; builds each change's event once. */
    private record EventParts(Map<UUID, Metric> metrics, Map<UUID, MetricReading> readings, Map<UUID, Organization> owners,
            Map<UUID, PartnershipView> partnerships, Map<UUID, Set<UUID>> parties) {

        EventParts(List<Metric> metrics, List<MetricReading> readings, List<Organization> owners, List<Partnership> partnerships, List<Party> parties) {
            this(byId(metrics, m -> m.id), byId(readings, r -> r.id), byId(owners, o -> o.id),
                    partnerships.stream().collect(Collectors.toMap(p -> p.id, PartnershipView::unviewed)),
                    parties.stream().collect(Collectors.groupingBy(p -> p.partnershipId, Collectors.mapping(p -> p.organizationId, Collectors.toSet()))));
        }

        List<ChangeEvent> events(List<MetricStatusChange> changes) {
            return changes.stream().map(this::event).toList();
        }

        /** A change whose metric or reading is gone (deleted since) has no view and is not delivered. */
        private ChangeEvent event(MetricStatusChange change) {
            Metric metric = metrics.get(change.metricId);
            MetricReading reading = readings.get(change.readingId);
            StatusChangeView view = metric == null || reading == null ? null
                    : new StatusChangeView(Long.toString(change.seq),
                            MetricView.of(metric, readings.get(metric.latestReadingId), owners.get(metric.owningOrgId),
                                    metric.pendingOrgId == null ? null : owners.get(metric.pendingOrgId), null, partnerships.get(change.partnershipId)),
                            change.previous, change.current, ReadingView.of(reading), change.at);
            return new ChangeEvent(change.seq, change.partnershipId, change.current, parties.getOrDefault(change.partnershipId, Set.of()), view);
        }

        private static <T> Map<UUID, T> byId(List<T> rows, Function<T, UUID> id) {
            return rows.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
        }
    }
}
