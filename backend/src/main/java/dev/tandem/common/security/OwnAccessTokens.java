package dev.tandem.common.security;

import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

/**
 * Accepts a bearer token only when it is an access token the tandem realm issued for Tandem: Keycloak's
 * {@code typ} is {@code Bearer} (an ID token says {@code ID}) and {@code aud} names Tandem's API audience (a token
 * of another client of the realm, e.g. {@code account-console}, does not). Quarkus OIDC has already checked
 * signature, issuer and expiry. Browser sessions are left alone: their principal is the ID token of the code
 * flow, which Quarkus checks against tandem-web itself; setting {@code quarkus.oidc.token.audience} instead would
 * apply to that ID token and to back-channel logout tokens too.
 */
@ApplicationScoped
public class OwnAccessTokens implements SecurityIdentityAugmentor {

    private final String audience;

    public OwnAccessTokens(SecuritySettings settings) {
        this.audience = settings.apiAudience();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (isBearer(identity) && !issuedForTandem((JsonWebToken) identity.getPrincipal())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("not an access token issued for Tandem"));
        }
        return Uni.createFrom().item(identity);
    }

    /** A bearer token's identity carries only the access token; a code-flow session's also carries its ID token. */
    private static boolean isBearer(SecurityIdentity identity) {
        return !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken
                && identity.getCredential(IdTokenCredential.class) == null;
    }

    private boolean issuedForTandem(JsonWebToken token) {
        Set<String> audiences = token.getAudience();
        return "Bearer".equals(text(token.getClaim("typ"))) && audiences != null && audiences.contains(audience);
    }

    private static String text(Object claim) {
        return claim instanceof JsonString json ? json.getString() : claim instanceof String string ? string : null;
    }
}
