package dev.tandem.common.security;

import java.util.Map;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

/**
 * Refuses every caller whose Keycloak session ({@code sid} of the session's ID token, or of a bearer access
 * token) has ended, on every replica, although the cookie or token would still verify. A WebSocket upgrade
 * that passes is remembered under its session, so that the session's end closes it.
 */
@ApplicationScoped
public class SessionCheck implements SecurityIdentityAugmentor {

    /** Set on a request refused here, so that the failure can be answered as a sign-out (see AuthenticationFailures). */
    static final String SESSION_ENDED = "tandem.session-ended";

    private final EndedSessions endedSessions;
    private final SessionSockets sockets;

    public SessionCheck(EndedSessions endedSessions, SessionSockets sockets) {
        this.endedSessions = endedSessions;
        this.sockets = sockets;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context, Map<String, Object> attributes) {
        String sid = identity.getPrincipal() instanceof JsonWebToken token ? text(token.getClaim("sid")) : null;
        if (sid == null) {
            return Uni.createFrom().item(identity);
        }
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        if (endedSessions.hasEnded(sid)) {
            if (rc != null) {
                rc.put(SESSION_ENDED, Boolean.TRUE);
            }
            return Uni.createFrom().failure(new AuthenticationFailedException("the session has ended"));
        }
        if (rc != null) {
            sockets.track(sid, rc);
            if (endedSessions.hasEnded(sid)) { // ended while it was being tracked
                sockets.close(sid);
            }
        }
        return Uni.createFrom().item(identity);
    }

    private static String text(Object claim) {
        return claim instanceof JsonString json ? json.getString() : claim instanceof String string ? string : null;
    }
}
