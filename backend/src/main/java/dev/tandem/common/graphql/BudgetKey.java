package dev.tandem.common.graphql;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.json.JsonString;

/**
 * Whose budget a request spends: an integrator client's ({@code azp}), a person's ({@code sub}), or for a caller
 * who has not signed in, the address it calls from.
 */
record BudgetKey(String key, boolean signedIn) {

    static BudgetKey current() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return new BudgetKey("address:unknown", false);
        }
        SecurityIdentity identity = container.instance(CurrentIdentityAssociation.class).get().getIdentity();
        if (identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            boolean integrator = token.getClaim("partner") != null && token.getClaim("email") == null;
            return integrator ? new BudgetKey("client:" + text(token.getClaim("azp")), true) : new BudgetKey("person:" + token.getSubject(), true);
        }
        RoutingContext request = container.instance(CurrentVertxRequest.class).get().getCurrent();
        SocketAddress address = request == null ? null : request.request().remoteAddress();
        return new BudgetKey("address:" + (address == null ? "unknown" : address.hostAddress()), false);
    }

    private static String text(Object claim) {
        return claim instanceof JsonString json ? json.getString() : String.valueOf(claim);
    }
}
