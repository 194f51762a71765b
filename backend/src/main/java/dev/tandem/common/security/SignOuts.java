package dev.tandem.common.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.SecurityEvent;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonString;

/**
 * Ends the Keycloak session of a person who signs out through Tandem's {@code /logout}, for every replica.
 * Quarkus OIDC only drops the cookie it is sent; a copy of that cookie would otherwise keep working until
 * its tokens expire. (A sign-out elsewhere reaches Tandem through {@link BackChannelLogout}.)
 */
@ApplicationScoped
public class SignOuts {

    private static final Logger LOG = Logger.getLogger(SignOuts.class);

    private final EndedSessions endedSessions;

    public SignOuts(EndedSessions endedSessions) {
        this.endedSessions = endedSessions;
    }

    void on(@Observes SecurityEvent event) {
        String sid = switch (event.getEventType()) {
            case OIDC_LOGOUT_RP_INITIATED -> event.getSecurityIdentity().getPrincipal() instanceof JsonWebToken idToken
                    ? text(idToken.getClaim("sid")) : null;
            case OIDC_LOGOUT_RP_INITIATED_SESSION_EXPIRED -> event.getEventProperties()
                    .get(SecurityEvent.SESSION_TOKENS_PROPERTY) instanceof AuthorizationCodeTokens tokens ? sidOf(tokens.getIdToken()) : null;
            default -> null;
        };
        if (sid != null) {
            endedSessions.end(sid).subscribe().with(ignored -> LOG.debugf("Signed out of session %s", sid),
                    error -> LOG.error("Could not record a sign-out; the session ends when its tokens expire", error));
        }
    }

    /** The sid of an ID token whose signature Quarkus has verified before (it came out of the encrypted session cookie). */
    private static String sidOf(String idToken) {
        String[] parts = idToken == null ? new String[0] : idToken.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            return new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)).getString("sid");
        } catch (RuntimeException notAPlainJwt) {
            return null;
        }
    }

    private static String text(Object claim) {
        return claim instanceof JsonString json ? json.getString() : claim instanceof String string ? string : null;
    }
}
