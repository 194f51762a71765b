package dev.tandem.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.tandem.common.db.Db;
import dev.tandem.common.error.NotFound;
import dev.tandem.common.error.ValidationFailed;
import dev.tandem.common.security.Caller;
import dev.tandem.metric.MetricViews.StatusChangeView;
import dev.tandem.metric.StatusChangeHub.ChangeEvent;
import dev.tandem.partnership.PartnershipAccess;
import dev.tandem.partnership.Party;
import dev.tandem.partnership.PartyRepository;
import dev.tandem.person.PersonService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One subscriber's stream of status changes: access checked when it starts and again for every event (the
 * subscriber's organisation must still be a party), changes after {@code after} replayed first, in order,
 * then live ones, each delivered once.
 */
@ApplicationScoped
public class MetricSubscriptions {

    static final int MAX_REPLAY = 1000;

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
        long afterSeq = parseAfter(after);
        Uni<Interest> interest = partnershipId == null
                ? db.read(() -> callers.enter(caller).chain(org -> parties.<Party>list("organizationId", org.id)
                        .map(rows -> new Interest(org.id, null, rows.stream().map(p -> p.partnershipId).distinct().toList(), redOnly))))
                : db.read(() -> access.require(caller, partnershipId)
                        .map(granted -> new Interest(granted.organization().id, granted.partnership().id, List.of(granted.partnership().id), redOnly)));
        // A partnership that is not yours (or does not exist) reads as nothing, as `partnership(id)` reads as null:
        // the subscription completes at once, without a word about why.
        return interest
                .onFailure(NotFound.class).recoverWithNull()
                .onItem().transformToMulti(wanted -> wanted == null ? Multi.createFrom().<StatusChangeView>empty() : stream(wanted, afterSeq));
    }

    private static long parseAfter(String after) {
        if (after == null) {
            return -1;
        }
        try {
            long seq = Long.parseLong(after);
            if (seq < 0) {
                throw new NumberFormatException(after);
            }
            return seq;
        } catch (NumberFormatException e) {
            throw new ValidationFailed("after", "after is not the id of a status change.");
        }
    }

    private Multi<StatusChangeView> stream(Interest interest, long afterSeq) {
        return Multi.createFrom().emitter(emitter -> {
            Delivery delivery = new Delivery(interest, emitter, afterSeq);
            Cancellable live = hub.live().subscribe().with(delivery::live, emitter::fail);
            emitter.onTermination(live::cancel);
            if (afterSeq < 0) {
                delivery.replayed(List.of());
            } else {
                hub.replay(interest.replayScope(), afterSeq, MAX_REPLAY).subscribe().with(delivery::replayed, emitter::fail);
            }
        });
    }

    /** Live events wait while the replay runs; each change goes out once, in order. */
    private static final class Delivery {
        private final Interest interest;
        private final MultiEmitter<? super StatusChangeView> emitter;
        private final List<ChangeEvent> waiting = new ArrayList<>();
        private long delivered;
        private boolean replaying = true;

        Delivery(Interest interest, MultiEmitter<? super StatusChangeView> emitter, long afterSeq) {
            this.interest = interest;
            this.emitter = emitter;
            this.delivered = afterSeq;
        }

        synchronized void live(ChangeEvent event) {
            if (replaying) {
                waiting.add(event);
            } else {
                deliver(event);
            }
        }

        synchronized void replayed(List<ChangeEvent> events) {
            events.forEach(this::deliver);
            if (events.size() >= MAX_REPLAY) {
                // more may be stored than one subscription replays: live events would leave a gap, so the client
                // resubscribes with the last id it received and gets the rest
                emitter.complete();
                return;
            }
            waiting.forEach(this::deliver);
            waiting.clear();
            replaying = false;
        }

        private void deliver(ChangeEvent event) {
            if (event.seq() <= delivered || !interest.wants(event) || event.view() == null) {
                return;
            }
            delivered = event.seq();
            emitter.emit(event.view());
        }
    }


}
