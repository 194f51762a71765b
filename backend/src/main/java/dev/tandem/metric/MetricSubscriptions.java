package dev.tandem.metric;

import java.util.List;
import java.util.UUID;

import dev.tandem.common.db.Db;
import dev.tandem.common.error.NotFound;
import dev.tandem.common.events.Delivery;
import dev.tandem.common.security.Caller;
import dev.tandem.metric.MetricViews.StatusChangeView;
import dev.tandem.metric.StatusChangeHub.ChangeEvent;
import dev.tandem.partnership.PartnershipAccess;
import dev.tandem.partnership.Party;
import dev.tandem.partnership.PartyRepository;
import dev.tandem.person.PersonService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One subscriber's stream of status changes: access checked when it starts and again for every event (the
 * subscriber's organisation must still be a party), changes after {@code after} replayed first, in order,
 * then live ones, each delivered once.
 */
@ApplicationScoped
public class MetricSubscriptions {

    private final Db db;
    private final StatusChangeHub hub;
    private final PartnershipAccess access;
    private final PersonService callers;
    private final PartyRepository parties;

    public MetricSubscriptions(Db db, StatusChangeHub hub, PartnershipAccess access, PersonService callers, PartyRepository parties) {
        this.db = db;
        this.hub = hub;
        this.access = access;
        this.callers = callers;
        this.parties = parties;
    }

    /** What a subscription asked for, once its access was checked. */
    private record Interest(UUID organizationId, UUID partnershipId, List<UUID> replayScope, boolean redOnly) {

        boolean wants(ChangeEvent event) {
            return event.partyOrganizations().contains(organizationId)
                    && (partnershipId == null || partnershipId.equals(event.partnershipId()))
                    && (!redOnly || event.current() == Rag.RED);
        }
    }

    public Multi<StatusChangeView> changes(Caller caller, String partnershipId, String after, boolean redOnly) {
        long afterSeq = Delivery.parseAfter(after, "after is not the id of a status change.");
        Uni<Interest> interest = partnershipId == null
                ? db.readInTurn(() -> callers.enter(caller).chain(org -> parties.<Party>list("organizationId", org.id)
                        .map(rows -> new Interest(org.id, null, rows.stream().map(p -> p.partnershipId).distinct().toList(), redOnly))))
                : db.readInTurn(() -> access.require(caller, partnershipId)
                        .map(granted -> new Interest(granted.organization().id, granted.partnership().id, List.of(granted.partnership().id), redOnly)));
        // A partnership that is not yours (or does not exist) reads as nothing, as `partnership(id)` reads as null:
        // the subscription completes at once, without a word about why.
        return interest
                .onFailure(NotFound.class).recoverWithNull()
                .onItem().transformToMulti(wanted -> wanted == null ? Multi.createFrom().<StatusChangeView>empty() : stream(wanted, afterSeq));
    }

    private Multi<StatusChangeView> stream(Interest interest, long afterSeq) {
        return Delivery.stream(hub.live(), afterSeq, from -> hub.replay(interest.replayScope(), from, Delivery.MAX_REPLAY),
                event -> interest.wants(event) ? event.view() : null);
    }
}
