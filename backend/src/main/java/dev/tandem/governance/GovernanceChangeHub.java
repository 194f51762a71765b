package dev.tandem.governance;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.tandem.common.db.Db;
import dev.tandem.common.db.PgListeners;
import dev.tandem.common.events.ChangeFeed;
import dev.tandem.common.events.Sequenced;
import dev.tandem.partnership.Partnership;
import dev.tandem.partnership.PartnershipRepository;
import dev.tandem.partnership.PartnershipView;
import dev.tandem.partnership.Party;
import dev.tandem.partnership.PartyRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Carries governance changes from the database to this replica's subscribers (a ChangeFeed of the governance change
 * log), each built once for every subscriber: three statements per page of changes.
 */
@ApplicationScoped
public class GovernanceChangeHub {

    /** A stored change, ready to deliver, with the partnership's parties now, against which each subscriber's access is checked. */
    record GovernanceEvent(long seq, UUID partnershipId, Set<UUID> partyOrganizations, GovernanceChangeView view) implements Sequenced {
    }

    private final Db db;
    private final PartnershipRepository partnerships;
    private final PartyRepository parties;
    private final PgListeners listeners;
    private final ChangeFeed<GovernanceEvent> feed;

    public GovernanceChangeHub(Vertx vertx, Db db, PartnershipRepository partnerships, PartyRepository parties, PgListeners listeners, MeterRegistry registry) {
        this.db = db;
        this.partnerships = partnerships;
        this.parties = parties;
        this.listeners = listeners;
        this.feed = new ChangeFeed<>(GovernanceJournal.CHANNEL, vertx, db, registry, new ChangeFeed.Source<>() {
            @Override
            public Uni<Long> lastSeq() {
                return GovernanceChange.find("select coalesce(max(seq), 0) from GovernanceChange").project(Long.class).singleResult();
            }

            @Override
            public Uni<List<GovernanceEvent>> after(long seq, int limit) {
                return GovernanceChange.<GovernanceChange> find("seq > ?1 order by seq", seq).range(0, limit - 1).list().chain(GovernanceChangeHub.this::enrich);
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
    Multi<GovernanceEvent> live() {
        return feed.live();
    }

    /** Stored changes after {@code afterSeq} in this partnership, oldest first, ready to deliver. */
    Uni<List<GovernanceEvent>> replay(UUID partnershipId, long afterSeq, int limit) {
        return db.readInTurn(() -> GovernanceChange.<GovernanceChange> find("partnershipId = ?1 and seq > ?2 order by seq", partnershipId, afterSeq)
                .range(0, limit - 1).list().chain(this::enrich));
    }

    /** The id of the newest change of each of these partnerships ("0" without any), in input order: one statement. */
    Uni<List<String>> cursors(List<UUID> partnershipIds) {
        return db.read(() -> Panache.getSession().flatMap(session -> session
                .createSelectionQuery("select c.partnershipId, max(c.seq) from GovernanceChange c where c.partnershipId in :ids group by c.partnershipId",
                        Object[].class)
                .setParameter("ids", partnershipIds)
                .getResultList()))
                .map(rows -> {
                    Map<UUID, Long> newest = rows.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> ((Number) row[1]).longValue()));
                    return partnershipIds.stream().map(id -> Long.toString(newest.getOrDefault(id, 0L))).toList();
                });
    }

    private Uni<List<GovernanceEvent>> enrich(List<GovernanceChange> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<UUID> partnershipIds = changes.stream().map(c -> c.partnershipId).collect(Collectors.toSet());
        return partnerships.byIds(partnershipIds).chain(found -> parties.ofPartnerships(partnershipIds).map(partyRows -> events(changes, found, partyRows)));
    }

    private static List<GovernanceEvent> events(List<GovernanceChange> changes, List<Partnership> found, List<Party> partyRows) {
        Map<UUID, PartnershipView> views = found.stream().collect(Collectors.toMap(p -> p.id, PartnershipView::unviewed));
        Map<UUID, Set<UUID>> partiesOf = partyRows.stream()
                .collect(Collectors.groupingBy(p -> p.partnershipId, Collectors.mapping(p -> p.organizationId, Collectors.toSet())));
        return changes.stream().map(change -> new GovernanceEvent(change.seq, change.partnershipId, partiesOf.getOrDefault(change.partnershipId, Set.of()),
                new GovernanceChangeView(Long.toString(change.seq), change.subject, change.subjectId == null ? null : change.subjectId.toString(), change.action,
                        change.summary, change.at, views.get(change.partnershipId))))
                .toList();
    }
}
