package dev.tandem.common.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * OpenID Connect back-channel logout: Keycloak posts a signed logout token here when a session ends there
 * (a sign-out in another tab or application, an administrator's logout, a session that expired), and the
 * session ends on every replica. Quarkus OIDC's own back-channel support keeps logouts in one replica's
 * memory and hands its observers no session id, so Tandem verifies the token itself, as the specification
 * says: signature by the realm's keys, issuer, audience {@code tandem-web}, a recent {@code iat}, the
 * back-channel logout event, a {@code sid} and no {@code nonce}.
 */
@ApplicationScoped
public class BackChannelLogout {

    public static final String PATH = "/back-channel-logout";
    private static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";
    private static final Logger LOG = Logger.getLogger(BackChannelLogout.class);

    private final EndedSessions endedSessions;
    private final String realmUrl;
    private final String clientId;
    private volatile JwtConsumer consumer;

    public BackChannelLogout(EndedSessions endedSessions, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl,
            @ConfigProperty(name = "quarkus.oidc.client-id") String clientId) {
        this.endedSessions = endedSessions;
        this.realmUrl = realmUrl.replaceAll("/+$", "");
        this.clientId = clientId;
    }

    void route(@Observes Router router) {
        router.post(PATH)
                .handler(BodyHandler.create().setBodyLimit(16 * 1024))
                .blockingHandler(this::verify, false)
                .handler(this::end);
    }

    /** On a worker thread: fetching the realm's keys (cached by jose4j) may block. */
    private void verify(RoutingContext rc) {
        String token = rc.request().getFormAttribute("logout_token");
        try {
            rc.put("sid", sidOf(consumer().processToClaims(token == null ? "" : token)));
            rc.next();
        } catch (InvalidJwtException | MalformedClaimException | IllegalArgumentException invalid) {
            LOG.debugf("Refused a back-channel logout: %s", invalid.getMessage());
            rc.response().setStatusCode(400).end();
        } catch (IOException | RuntimeException unavailable) {
            LOG.warn("Could not verify a back-channel logout token", unavailable);
            rc.response().setStatusCode(503).end();
        }
    }

    private void end(RoutingContext rc) {
        endedSessions.end(rc.get("sid")).subscribe().with(
                ignored -> rc.response().setStatusCode(200).putHeader("Cache-Control", "no-store").end(),
                error -> {
                    LOG.error("Could not record a back-channel logout", error);
                    rc.response().setStatusCode(503).end();
                });
    }

    private static String sidOf(JwtClaims claims) throws MalformedClaimException {
        Object events = claims.getClaimValue("events");
        if (!(events instanceof Map<?, ?> map) || !map.containsKey(EVENT)) {
            throw new IllegalArgumentException("no back-channel logout event");
        }
        if (claims.hasClaim("nonce")) {
            throw new IllegalArgumentException("a logout token carries no nonce");
        }
        String sid = claims.getStringClaimValue("sid");
        if (sid == null || sid.isBlank()) {
            throw new IllegalArgumentException("no sid");
        }
        return sid;
    }

    private JwtConsumer consumer() throws IOException {
        JwtConsumer current = consumer;
        if (current == null) {
            synchronized (this) {
                if (consumer == null) {
                    consumer = build();
                }
                current = consumer;
            }
        }
        return current;
    }

    /** Issuer and keys from the realm's discovery document, as Quarkus OIDC finds them. */
    private JwtConsumer build() throws IOException {
        JsonObject discovery = new JsonObject(get(realmUrl + "/.well-known/openid-configuration"));
        HttpsJwks keys = new HttpsJwks(discovery.getString("jwks_uri"));
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(keys))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256,
                        AlgorithmIdentifiers.RSA_PSS_USING_SHA256, AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                .setExpectedIssuer(discovery.getString("issuer"))
                .setExpectedAudience(clientId)
                .setRequireIssuedAt()
                .setIssuedAtRestrictions(60, 300)
                .setAllowedClockSkewInSeconds(30)
                .build();
    }

    private static String get(String url) throws IOException {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException(url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
