package dev.tandem.common.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.tandem.common.error.Forbidden;
import dev.tandem.common.error.Unauthenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * Turns the request's security identity (bearer token or session cookie) into a {@link Caller}.
 * A person's organisation is the Keycloak {@code organization} claim; an integrator's is its {@code partner} claim.
 */
@RequestScoped
public class Callers {

    /**
     * Where the caller is kept once known, on the request's Vert.x context; units of work (Db) inherit it. A batched
     * field may run in a request context of its own (a fresh one, without the request's identity), on the event loop
     * where awaiting the injected identity fails (quarkus#29040): it finds the caller here.
     */
    public static final String CONTEXT_LOCAL = "tandem.caller";

    private final SecurityIdentity injected;
    private final CurrentVertxRequest request;

    public Callers(SecurityIdentity injected, CurrentVertxRequest request) {
        this.injected = injected;
        this.request = request;
    }

    /**
     * The request's identity. Over HTTP it is the one sign-in resolved before the request ran (proactive
     * authentication), read from the request itself: the injected SecurityIdentity may await its deferred
     * identity, which fails on the event loop when a batched field runs there under load (quarkus#29040). A
     * WebSocket's subscriptions are signed in by connection_init, which only the injected identity knows.
     */
    private SecurityIdentity identity() {
        RoutingContext rc = request.getCurrent();
        if (rc != null && !"websocket".equalsIgnoreCase(rc.request().getHeader("Upgrade")) && rc.user() instanceof QuarkusHttpUser user
                && user.getSecurityIdentity() != null) {
            return user.getSecurityIdentity();
        }
        return injected;
    }

    /**
     * The caller, or UNAUTHENTICATED. The principal is the bearer access token, or for a browser session the
     * ID token (Keycloak puts email, name and organization in both).
     */
    public Caller current() {
        boolean onRequestContext = VertxContext.isOnDuplicatedContext();
        Caller known = onRequestContext ? ContextLocals.<Caller> get(CONTEXT_LOCAL).orElse(null) : null;
        if (known != null) {
            return known;
        }
        Caller caller = fromIdentity();
        if (onRequestContext) {
            ContextLocals.put(CONTEXT_LOCAL, caller);
        }
        return caller;
    }

    private Caller fromIdentity() {
        SecurityIdentity identity = identity();
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token) || token.getSubject() == null) {
            throw new Unauthenticated("Sign in, or send a bearer token from Tandem's identity provider.");
        }
        String partner = stringClaim(token.getClaim("partner"));
        String email = stringClaim(token.getClaim("email"));
        Caller.Kind kind = partner != null && email == null ? Caller.Kind.INTEGRATOR : Caller.Kind.PERSON;
        String organization = kind == Caller.Kind.INTEGRATOR ? partner : organizationOf(token.getClaim("organization"));
        String name = kind == Caller.Kind.INTEGRATOR
                ? stringClaim(token.getClaim("azp"))
                : firstNonNull(stringClaim(token.getClaim("name")), stringClaim(token.getClaim("preferred_username")));
        return new Caller(token.getSubject(), kind, organization, name,
                email == null ? null : email.toLowerCase(Locale.ROOT), Set.copyOf(identity.getRoles()));
    }

    /** The caller, who must act for an organisation: FORBIDDEN otherwise. */
    public Caller withOrganization() {
        Caller caller = current();
        if (!caller.hasOrganization()) {
            throw new Forbidden("Your account belongs to no partner organisation.");
        }
        return caller;
    }

    /**
     * Keycloak puts {@code ["acme"]} (or {@code {"acme": {...}}} with attributes on) in the organization claim;
     * several organisations or none give null. Package-private for its unit test (CallersTest).
     */
    static String organizationOf(Object claim) {
        if (claim instanceof JsonArray array && array.size() == 1) {
            return stringClaim(array.get(0));
        }
        if (claim instanceof JsonObject object && object.size() == 1) {
            return object.keySet().iterator().next();
        }
        if (claim instanceof List<?> list && list.size() == 1) {
            return stringClaim(list.get(0));
        }
        return claim instanceof String || claim instanceof JsonString ? stringClaim(claim) : null;
    }

    private static String stringClaim(Object value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof String s) {
            return s;
        }
        return null;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
