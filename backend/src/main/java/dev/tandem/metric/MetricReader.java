package dev.tandem.metric;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.tandem.common.Clock;
import dev.tandem.common.db.Db;
import dev.tandem.common.error.LimitExceeded;
import dev.tandem.common.graphql.Page;
import dev.tandem.common.graphql.PageInfo;
import dev.tandem.common.graphql.PageSlice;
import dev.tandem.common.security.Caller;
import dev.tandem.metric.MetricViews.MetricView;
import dev.tandem.metric.MetricViews.ReadingView;
import dev.tandem.organization.Organization;
import dev.tandem.organization.OrganizationService;
import dev.tandem.partnership.PartnershipView;
import dev.tandem.person.PersonService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Metrics as partners see them: per partnership, by id, their readings, health, warnings, escalations and change cursors. */
@ApplicationScoped
public class MetricReader {

    static final int MAX_READINGS = 400;

    private final Db db;
    private final MetricRepository metrics;
    private final PersonService callers;
    private final OrganizationService organizations;

    public MetricReader(Db db, MetricRepository metrics, PersonService callers, OrganizationService organizations) {
        this.db = db;
        this.metrics = metrics;
        this.callers = callers;
        this.organizations = organizations;
    }

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
    record Loaded(Metric metric, MetricReading latest, Organization owner, Organization proposer) {

        MetricView view(Viewer viewer) {
            return MetricView.of(metric, latest, owner, proposer, viewer, null);
        }
    }

    /** Latest readings and owners of these metrics: two statements. */
    Uni<List<Loaded>> views(List<Metric> rows) {
        return metrics.readingsByIds(rows.stream().map(m -> m.latestReadingId).filter(Objects::nonNull).toList())
                .chain(latest -> organizations.byIdsInSession(rows.stream()
                                .flatMap(m -> m.pendingOrgId == null ? Stream.of(m.owningOrgId) : Stream.of(m.owningOrgId, m.pendingOrgId))
                                .collect(Collectors.toSet()))
                        .map(orgs -> {
                            Map<UUID, MetricReading> byId = latest.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
                            return rows.stream().map(m -> new Loaded(m, m.latestReadingId == null ? null : byId.get(m.latestReadingId),
                                    orgs.get(m.owningOrgId), m.pendingOrgId == null ? null : orgs.get(m.pendingOrgId))).toList();
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

    /** One page of each metric's whole history, newest observed first: two statements whatever the number of metrics. */
    public Uni<List<ReadingConnection>> readingPages(List<MetricView> parents, Page page) {
        List<UUID> ids = parents.stream().map(MetricView::uuid).toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return db.read(() -> metrics.readingPages(ids, page)
                .chain(rows -> metrics.readingCounts(ids)
                        .map(counts -> connections(ids, page, rows, PageSlice.totals(counts)))));
    }

    private static List<ReadingConnection> connections(List<UUID> ids, Page page, List<MetricReading> rows, Map<UUID, Integer> totals) {
        List<PageSlice<MetricReading>> slices = PageSlice.perParent(ids, rows, r -> r.metricId, page.first());
        List<ReadingConnection> result = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            List<ReadingConnection.Edge> edges = slices.get(i).items().stream()
                    .map(r -> new ReadingConnection.Edge(Page.cursor(r.observedAt, r.id), ReadingView.of(r)))
                    .toList();
            String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
            result.add(new ReadingConnection(edges, new PageInfo(slices.get(i).hasNext(), end), totals.getOrDefault(ids.get(i), 0)));
        }
        return result;
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

    /** The metrics of these partnerships with their current status, as nobody in particular sees them (for agendas): two statements. */
    public Uni<List<MetricView>> ofPartnerships(Collection<UUID> partnershipIds) {
        return db.read(() -> metrics.ofPartnerships(partnershipIds).chain(this::views)).map(loaded -> loaded.stream().map(l -> l.view(null)).toList());
    }

    /** Metrics by id (nulls allowed), in input order; their viewerCan* fields are false: rights are read on the partnership. */
    public Uni<List<MetricView>> metricsById(List<UUID> ids) {
        return db.read(() -> metrics.byIds(ids.stream().filter(Objects::nonNull).collect(Collectors.toSet())).chain(this::views))
                .map(loaded -> ids.stream().map(id -> id == null ? null : loaded.stream().filter(l -> l.metric().id.equals(id)).findFirst()
                        .map(l -> l.view(null)).orElse(null)).toList());
    }

}
