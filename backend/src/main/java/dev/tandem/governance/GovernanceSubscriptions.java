package dev.tandem.governance;

import java.util.UUID;

import dev.tandem.common.db.Db;
import dev.tandem.common.error.NotFound;
import dev.tandem.common.events.Delivery;
import dev.tandem.common.security.Caller;
import dev.tandem.partnership.PartnershipAccess;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One subscriber's stream of a partnership's governance changes, with the guarantees of the metric subscriptions:
 * access checked when it starts and again for every change (the subscriber's organisation must still be a party),
 * changes after {@code after} replayed first, in order, then live ones, each delivered once.
 */
@ApplicationScoped
public class GovernanceSubscriptions {

    private final Db db;
    private final GovernanceChangeHub hub;
    private final PartnershipAccess access;

    public GovernanceSubscriptions(Db db, GovernanceChangeHub hub, PartnershipAccess access) {
        this.db = db;
        this.hub = hub;
        this.access = access;
    }

    public Multi<GovernanceChangeView> changes(Caller caller, String partnershipId, String after) {
        long afterSeq = Delivery.parseAfter(after, "after is not the id of a governance change.");
        // A partnership that is not yours (or does not exist) reads as nothing, as `partnership(id)` reads as null:
        // the subscription completes at once, without a word about why.
        return db.readInTurn(() -> access.require(caller, partnershipId))
                .onFailure(NotFound.class).recoverWithNull()
                .onItem().transformToMulti(granted -> {
                    if (granted == null) {
                        return Multi.createFrom().<GovernanceChangeView> empty();
                    }
                    UUID organizationId = granted.organization().id;
                    UUID watched = granted.partnership().id;
                    return Delivery.stream(hub.live(), afterSeq, from -> hub.replay(watched, from, Delivery.MAX_REPLAY),
                            event -> event.partnershipId().equals(watched) && event.partyOrganizations().contains(organizationId) ? event.view() : null);
                });
    }
}
