package dev.tandem.security;

import static dev.tandem.support.People.ALICE;
import static dev.tandem.support.People.GRACE;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.tandem.support.GraphQLClient;
import dev.tandem.support.SubscriptionClient;
import dev.tandem.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Only access tokens the tandem realm issued for Tandem open the API; everything else is UNAUTHENTICATED, as JSON. */
@QuarkusTest
class OwnTokensTest {

    private static final String ME = "{ me { subject kind organization { slug } } }";

    @TestHTTPResource("/graphql")
    URI http;

    @Test
    void anAccessTokenIssuedForAnotherClientOfTheRealmIsUnauthenticated() {
        refused(Tokens.otherClient(ALICE));
    }

    @Test
    void anIdTokenIsUnauthenticated() {
        refused(Tokens.idToken(GRACE));
    }

    @Test
    void aTokenOfAnotherRealmIsUnauthenticated() {
        refused(Tokens.otherRealm());
    }

    @Test
    void aForgedTokenIsUnauthenticated() {
        String token = Tokens.person(ALICE);
        refused(token.substring(0, token.lastIndexOf('.')) + ".c2lnbmF0dXJl");
    }

    @Test
    void peopleAndIntegratorsKeepWorking() {
        assertEquals("PERSON", GraphQLClient.as(Tokens.person(ALICE)).ok(ME).getString("data.me.kind"));
        assertEquals("INTEGRATOR", GraphQLClient.as(Tokens.integrator("acme")).ok(ME).getString("data.me.kind"));
    }

    @Test
    void anIdTokenCannotOpenASubscriptionSocket() throws Exception {
        try (SubscriptionClient socket = SubscriptionClient.connect(URI.create(http.toString().replaceFirst("^http", "ws")),
                SubscriptionClient.TRANSPORT_WS, Tokens.idToken(ALICE))) {
            assertNull(socket.next(Duration.ofSeconds(3), "connection_ack"), "no connection_ack for an ID token");
            assertEquals(4403, socket.closed().get(5, TimeUnit.SECONDS));
        }
    }

    /** 401 with the API's error shape, on POST and on GET. */
    private static void refused(String token) {
        JsonPath post = given().auth().oauth2(token).contentType("application/json").body("{\"query\":\"" + ME + "\"}")
                .post("/graphql").then().statusCode(401).extract().jsonPath();
        assertEquals("UNAUTHENTICATED", post.getString("errors[0].extensions.code"), post.prettify());
        assertNull(post.get("data"));
        JsonPath get = given().auth().oauth2(token).queryParam("query", ME).get("/graphql").then().statusCode(401).extract().jsonPath();
        assertEquals("UNAUTHENTICATED", get.getString("errors[0].extensions.code"), get.prettify());
    }
}
