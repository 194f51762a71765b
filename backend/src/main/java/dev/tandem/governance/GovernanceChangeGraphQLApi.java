package dev.tandem.governance;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import dev.tandem.common.security.Callers;
import dev.tandem.partnership.PartnershipView;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** The live side of governance: a subscription to a partnership's changes and the cursor to start it from. Translates only. */
@GraphQLApi
public class GovernanceChangeGraphQLApi {

    private final GovernanceSubscriptions subscriptions;
    private final GovernanceChangeHub hub;
    private final Callers callers;

    public GovernanceChangeGraphQLApi(GovernanceSubscriptions subscriptions, GovernanceChangeHub hub, Callers callers) {
        this.subscriptions = subscriptions;
        this.hub = hub;
        this.callers = callers;
    }

    @NonNull
    @Id
    @Description("The id of the newest governance change of the partnership (\"0\" without any): subscribe to governanceChanged with it as `after` and nothing from the moment you read it slips by.")
    public Uni<List<@NonNull String>> governanceChangeCursor(@Source List<PartnershipView> partnerships) {
        return hub.cursors(partnerships.stream().map(p -> UUID.fromString(p.id())).toList());
    }

    @Subscription
    @Description("Every governance change in this partnership — escalations opened, acknowledged, raised, climbed or resolved; meetings minuted, moved or cancelled; decisions; action items; decision rights; tiers — in commit order, each once. Give the id of the last change you saw as `after` to receive what you missed first. For a partnership that is not yours it completes at once, as reading it gives null.")
    public Multi<@NonNull GovernanceChangeView> governanceChanged(@NonNull @Id @Description("The partnership to watch.") String partnershipId,
            @Id @Description("The id of the last change you saw (or a governanceChangeCursor): what followed it is sent first. Null: only new changes.") String after) {
        return subscriptions.changes(callers.withOrganization(), partnershipId, after);
    }
}
