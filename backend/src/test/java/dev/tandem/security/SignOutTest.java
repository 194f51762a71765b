package dev.tandem.security;

import static dev.tandem.support.People.AARON;
import static dev.tandem.support.People.GUS;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.tandem.support.GraphQLClient;
import dev.tandem.support.SubscriptionClient;
import dev.tandem.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * A session that ends anywhere ends here: its access tokens and sockets are refused on this replica when another
 * replica (or Keycloak's back-channel logout there) has stored its end. The browser's cookie flow and Keycloak's
 * back-channel logout are proven end to end in frontend/e2e/signout.test.mjs.
 */
@QuarkusTest
class SignOutTest {

    private static final String ME = "{ me { subject } }";
    private static final Duration WAIT = Duration.ofSeconds(5);

    @TestHTTPResource("/graphql")
    URI http;

    @Inject
    DataSource database;

    @Test
    void aSessionEndedOnAnotherReplicaRefusesItsAccessTokenHere() throws Exception {
        String token = Tokens.freshPerson(AARON);
        GraphQLClient.as(token).ok(ME);
        endedElsewhere(Tokens.claim(token, "sid"), true);
        assertRefusedWithin(token, WAIT);
    }

    @Test
    void aSignOutWhoseNotificationWasMissedIsCaughtByTheNextRead() throws Exception {
        String token = Tokens.freshPerson(AARON);
        GraphQLClient.as(token).ok(ME);
        endedElsewhere(Tokens.claim(token, "sid"), false);
        assertRefusedWithin(token, WAIT); // tandem.security.ended-session-refresh is 1 s in tests
    }

    @Test
    void theOpenSocketsOfAnEndedSessionAreClosedAndOthersStayOpen() throws Exception {
        String ended = Tokens.freshPerson(GUS);
        String other = Tokens.freshPerson(GUS);
        try (SubscriptionClient closing = connect(ended); SubscriptionClient staying = connect(other)) {
            endedElsewhere(Tokens.claim(ended, "sid"), true);
            assertEquals(4401, closing.closed().get(WAIT.toSeconds(), TimeUnit.SECONDS), "the socket is closed as Unauthorized");
            closing.closed().join();
            assertFalse(staying.closed().isDone(), "another session's socket stays open");
            GraphQLClient.as(other).ok(ME);
        }
    }

    @Test
    void aBackChannelLogoutNeedsALogoutTokenSignedByTheRealm() {
        String idToken = Tokens.idToken(AARON);
        logout(idToken).then().statusCode(400); // signed by the realm, but not a logout token
        logout("eyJhbGciOiJub25lIn0.eyJzaWQiOiJ4In0.").then().statusCode(400);
        given().formParam("nothing", "x").post("/back-channel-logout").then().statusCode(400);
        GraphQLClient.as(Tokens.person(AARON)).ok(ME);
    }

    private static Response logout(String token) {
        return given().formParam("logout_token", token).post("/back-channel-logout");
    }

    private SubscriptionClient connect(String token) throws InterruptedException {
        SubscriptionClient client = SubscriptionClient.connect(URI.create(http.toString().replaceFirst("^http", "ws")),
                SubscriptionClient.TRANSPORT_WS, token);
        assertNotNull(client.next(WAIT, "connection_ack"), "the server acknowledges connection_init");
        return client;
    }

    /** What another replica does when a session ends there: the row, and (unless lost) the notification. */
    private void endedElsewhere(String sid, boolean notify) throws SQLException {
        assertNotNull(sid, "Keycloak's access tokens name their session");
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO ended_session (sid) VALUES (?)");
                PreparedStatement wake = connection.prepareStatement("SELECT pg_notify('tandem_session_ended', ?)")) {
            insert.setString(1, sid);
            insert.executeUpdate();
            if (notify) {
                wake.setString(1, sid);
                wake.executeQuery().close();
            }
        }
    }

    private static void assertRefusedWithin(String token, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        Response response;
        do {
            response = given().auth().oauth2(token).contentType("application/json").body("{\"query\":\"" + ME + "\"}").post("/graphql");
            if (response.statusCode() == 401) {
                break;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        assertEquals(401, response.statusCode(), response.asString());
        assertEquals("UNAUTHENTICATED", response.jsonPath().getString("errors[0].extensions.code"));
    }
}
