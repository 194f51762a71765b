package dev.tandem.common.security;

import io.quarkus.security.AuthenticationException;
import io.quarkus.security.AuthenticationRedirectException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a failed sign-in on {@code /graphql} the way the API answers everything: HTTP 401 with a GraphQL error
 * whose code is UNAUTHENTICATED. Quarkus would otherwise answer a bad bearer token with an empty 401 and a
 * session it cannot use with a redirect to Keycloak, which an API client (or the SPA's fetch) cannot follow.
 * A page loaded with the cookie of a session that has ended is loaded again without it.
 */
@ApplicationScoped
public class AuthenticationFailures {

    private static final String PATH = "/graphql";
    private static final String LOGOUT = "/logout";

    /** Proactive authentication fails the request before any route runs; failure handlers see it first. */
    void route(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext rc) {
        if (!isAuthenticationFailure(rc.failure()) || rc.response().headWritten()) {
            rc.next();
        } else if (isGraphQL(rc)) {
            unauthenticated(rc);
        } else if (Boolean.TRUE.equals(rc.get(SessionCheck.SESSION_ENDED)) && HttpMethod.GET.equals(rc.request().method())) {
            reloadSignedOut(rc);
        } else {
            rc.next();
        }
    }

    /**
     * A page requested with the cookie of a session that has ended: the response already drops the cookie, so
     * the browser is sent to the same page again, now signed out (and from {@code /logout} to the start page).
     */
    private static void reloadSignedOut(RoutingContext rc) {
        String uri = rc.request().uri();
        boolean local = uri.startsWith("/") && !uri.startsWith("//") && !uri.startsWith("/\\");
        String target = LOGOUT.equals(rc.normalizedPath()) || !local ? "/" : uri;
        rc.response()
                .setStatusCode(303)
                .putHeader(HttpHeaders.LOCATION, target)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end();
    }

    private static void unauthenticated(RoutingContext rc) {
        JsonObject error = new JsonObject()
                .put("message", "Sign in again: no valid session or access token for Tandem came with the request.")
                .put("extensions", new JsonObject().put("code", "UNAUTHENTICATED"));
        rc.response().headers().remove(HttpHeaders.LOCATION);
        rc.response()
                .setStatusCode(401)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }

    private static boolean isAuthenticationFailure(Throwable failure) {
        return failure instanceof AuthenticationException || failure instanceof AuthenticationRedirectException;
    }

    private static boolean isGraphQL(RoutingContext rc) {
        String path = rc.normalizedPath();
        return PATH.equals(path) || (PATH + "/").equals(path);
    }
}
