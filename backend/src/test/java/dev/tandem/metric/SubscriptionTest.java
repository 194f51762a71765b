package dev.tandem.metric;

import static dev.tandem.support.People.ALICE;
import static dev.tandem.support.People.GRACE;
import static dev.tandem.support.People.IAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.tandem.support.GraphQLClient;
import dev.tandem.support.SubscriptionClient;
import dev.tandem.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;

/** GraphQL subscriptions over a real WebSocket, with real tokens: who hears about a metric turning red, and what they missed. */
@QuarkusTest
class SubscriptionTest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String CHANGED = """
            subscription($id: ID!, $after: ID) { metricStatusChanged(partnershipId: $id, after: $after) {
              id previous current at metric { name status owningParty { slug } } reading { value status } } }""";
    static final String TURNED_RED = """
            subscription($after: ID) { metricTurnedRed(after: $after) { id current metric { name partnership { id name } } } }""";

    @TestHTTPResource("/graphql")
    URI http;

    @Inject
    DataSource dataSource;

    URI ws() {
        return URI.create(http.toString().replaceFirst("^http", "ws"));
    }

    SubscriptionClient connect(String protocol, String token) throws InterruptedException {
        SubscriptionClient client = SubscriptionClient.connect(ws(), protocol, token);
        assertNotNull(client.next(WAIT, "connection_ack", "ka"), "the server acknowledges connection_init");
        return client;
    }

    static void record(String organization, String metricId, double value) {
        GraphQLClient.as(Tokens.integrator(organization)).ok(MetricTest.RECORD, Map.of("input", MetricTest.reading(metricId, value, Instant.now())));
    }

    static JsonObject data(JsonObject message, String field) {
        JsonObject payload = message.getJsonObject("payload");
        assertThat(payload.getValue("errors")).as(message.encode()).isNull();
        return payload.getJsonObject("data").getJsonObject(field);
    }

    @Test
    void aPartnerHearsOfEveryStatusChangeAnIntegratorCauses() throws Exception {
        String partnership = MetricTest.partnership();
        String metric = MetricTest.onTime(partnership, "acme");
        try (SubscriptionClient grace = connect(SubscriptionClient.TRANSPORT_WS, Tokens.person(GRACE))) {
            String cursor = GraphQLClient.as(Tokens.person(GRACE)).ok("query($id: ID!) { partnership(id: $id) { statusChangeCursor } }",
                    Map.of("id", partnership)).getString("data.partnership.statusChangeCursor");
            assertEquals("0", cursor, "nothing has changed yet");
            grace.subscribe("1", CHANGED, Map.of("id", partnership, "after", cursor)); // nothing can slip by while it sets up
            record("acme", metric, 96);
            record("acme", metric, 97);
            record("acme", metric, 20);
            JsonObject green = data(grace.nextEvent(WAIT), "metricStatusChanged");
            assertEquals(List.of("UNKNOWN", "GREEN"), List.of(green.getString("previous"), green.getString("current")));
            JsonObject red = data(grace.nextEvent(WAIT), "metricStatusChanged");
            assertEquals(List.of("GREEN", "RED"), List.of(red.getString("previous"), red.getString("current")));
            assertEquals("acme", red.getJsonObject("metric").getJsonObject("owningParty").getString("slug"));
            assertEquals("RED", red.getJsonObject("reading").getString("status"));
            assertThat(Long.parseLong(red.getString("id"))).isGreaterThan(Long.parseLong(green.getString("id")));
        }
    }

    @Test
    void theOlderGraphqlWsProtocolWorksToo() throws Exception {
        String partnership = MetricTest.partnership();
        String metric = MetricTest.onTime(partnership, "acme");
        try (SubscriptionClient alice = connect(SubscriptionClient.LEGACY_WS, Tokens.person(ALICE))) {
            alice.subscribe("7", CHANGED, Map.of("id", partnership, "after", "0"));
            record("acme", metric, 10);
            JsonObject event = data(alice.nextEvent(WAIT), "metricStatusChanged");
            assertEquals("RED", event.getString("current"));
        }
    }

    @Test
    void anOutsiderCannotSubscribeToAPartnership() throws Exception {
        String partnership = MetricTest.partnership();
        try (SubscriptionClient ian = connect(SubscriptionClient.TRANSPORT_WS, Tokens.person(IAN))) {
            ian.subscribe("1", CHANGED, Map.of("id", partnership, "after", "0"));
            JsonObject nothing = ian.next(WAIT, "complete", "next", "error");
            assertNotNull(nothing);
            assertEquals("complete", nothing.getString("type"), "a partnership that is not yours reads as nothing: " + nothing.encode());
            ian.subscribe("2", CHANGED, Map.of("id", UUID.randomUUID().toString(), "after", "0"));
            assertEquals("complete", ian.next(WAIT, "complete", "next", "error").getString("type"), "exactly as one that does not exist");
        }
        try (SubscriptionClient anonymous = SubscriptionClient.connect(ws(), SubscriptionClient.TRANSPORT_WS, null)) {
            anonymous.next(WAIT, "connection_ack");
            anonymous.subscribe("1", CHANGED, Map.of("id", partnership));
            JsonObject refused = anonymous.next(WAIT, "error", "next");
            assertNotNull(refused);
            assertThat(refused.encode()).contains("UNAUTHENTICATED");
        }
    }

    @Test
    void anotherPartnersRedNeverReachesYou() throws Exception {
        String theirs = MetricTest.partnership();
        String theirMetric = MetricTest.onTime(theirs, "acme");
        String ours = initechPartnership();
        String ourMetric = GraphQLClient.as(Tokens.person(IAN)).ok(MetricTest.DEFINE, Map.of("input", MetricTest.definition(ours, "Initech uptime", "initech")))
                .getString("data.defineMetric.id");
        try (SubscriptionClient ian = connect(SubscriptionClient.TRANSPORT_WS, Tokens.person(IAN))) {
            ian.subscribe("1", TURNED_RED, Map.of("after", cursor(IAN)));
            record("acme", theirMetric, 5);
            record("initech", ourMetric, 5);
            JsonObject first = data(ian.nextEvent(WAIT), "metricTurnedRed");
            assertEquals("Initech uptime", first.getJsonObject("metric").getString("name"), "the first red Ian hears of is his own");
            assertEquals(ours, first.getJsonObject("metric").getJsonObject("partnership").getString("id"), "and says in which partnership");
        }
    }

    @Test
    void aSubscriberThatComesBackGetsWhatItMissedInOrder() throws Exception {
        String partnership = MetricTest.partnership();
        String metric = MetricTest.onTime(partnership, "acme");
        String seen;
        try (SubscriptionClient grace = connect(SubscriptionClient.TRANSPORT_WS, Tokens.person(GRACE))) {
            grace.subscribe("1", CHANGED, Map.of("id", partnership, "after", "0"));
            record("acme", metric, 99);
            seen = data(grace.nextEvent(WAIT), "metricStatusChanged").getString("id");
        }
        record("acme", metric, 70);
        record("acme", metric, 40);
        try (SubscriptionClient grace = connect(SubscriptionClient.TRANSPORT_WS, Tokens.person(GRACE))) {
            grace.subscribe("2", CHANGED, Map.of("id", partnership, "after", seen));
            assertEquals("AMBER", data(grace.nextEvent(WAIT), "metricStatusChanged").getString("current"));
            assertEquals("RED", data(grace.nextEvent(WAIT), "metricStatusChanged").getString("current"));
            record("acme", metric, 98);
            assertEquals("GREEN", data(grace.nextEvent(WAIT), "metricStatusChanged").getString("current"), "then live ones");
        }
    }

    @Test
    void aPartyRemovedWhileConnectedStopsReceiving() throws Exception {
        String leaving = MetricTest.partnership();
        String leavingMetric = MetricTest.onTime(leaving, "acme");
        String staying = MetricTest.partnership();
        String stayingMetric = MetricTest.onTime(staying, "acme");
        try (SubscriptionClient grace = connect(SubscriptionClient.TRANSPORT_WS, Tokens.person(GRACE))) {
            grace.subscribe("1", TURNED_RED, Map.of("after", cursor(GRACE)));
            removeParty(leaving, "globex");
            record("acme", leavingMetric, 1);
            record("acme", stayingMetric, 1);
            JsonObject first = data(grace.nextEvent(WAIT), "metricTurnedRed");
            assertThat(first.getJsonObject("metric").getString("name")).isEqualTo(
                    GraphQLClient.as(Tokens.person(ALICE)).ok("query($id: ID!) { partnership(id: $id) { metrics { name } } }", Map.of("id", staying))
                            .getString("data.partnership.metrics[0].name"));
        }
    }

    @Test
    void aSocketThatNeverInitialisesIsClosed() throws Exception {
        try (SubscriptionClient silent = SubscriptionClient.open(ws(), SubscriptionClient.TRANSPORT_WS, null)) {
            assertEquals(4408, silent.closed().get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS));
        }
    }

    @Test
    void anInitialisedSocketOutlivesTheInitTimeout() throws Exception {
        String partnership = MetricTest.partnership();
        String metric = MetricTest.onTime(partnership, "acme");
        try (SubscriptionClient grace = connect(SubscriptionClient.TRANSPORT_WS, Tokens.person(GRACE))) {
            Thread.sleep(3000); // longer than the 2 s init timeout of the test profile
            grace.subscribe("1", CHANGED, Map.of("id", partnership, "after", "0"));
            record("acme", metric, 5);
            assertEquals("RED", data(grace.nextEvent(WAIT), "metricStatusChanged").getString("current"));
        }
    }

    @Test
    void aDroppedListenConnectionComesBackAndCatchesUp() throws Exception {
        String partnership = MetricTest.partnership();
        String metric = MetricTest.onTime(partnership, "acme");
        try (SubscriptionClient grace = connect(SubscriptionClient.TRANSPORT_WS, Tokens.person(GRACE))) {
            grace.subscribe("1", CHANGED, Map.of("id", partnership, "after", "0"));
            record("acme", metric, 99);
            assertEquals("GREEN", data(grace.nextEvent(WAIT), "metricStatusChanged").getString("current"));
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement kill = connection.prepareStatement("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                            + "WHERE datname = current_database() AND query ILIKE 'LISTEN%'");
                    var rows = kill.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).as("the listener's connection was cut").isPositive();
            }
            record("acme", metric, 7); // its NOTIFY may find no listener: the replica catches up when it listens again
            assertEquals("RED", data(grace.nextEvent(WAIT), "metricStatusChanged").getString("current"));
        }
    }

    @Test
    void aForeignPageCannotOpenASocketWithYourCookie() {
        assertThatThrownBy(() -> SubscriptionClient.open(ws(), SubscriptionClient.TRANSPORT_WS, "http://evil.example"))
                .rootCause().hasMessageContaining("status code 403");
    }

    /** Where to start a subscription so that exactly what happens next is heard, however long its setup takes. */
    private static String cursor(String email) {
        return GraphQLClient.as(Tokens.person(email)).ok("{ statusChangeCursor }").getString("data.statusChangeCursor");
    }

    private void removeParty(String partnershipId, String slug) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM party WHERE partnership_id = ?::uuid AND organization_id = (SELECT id FROM organization WHERE slug = ?)")) {
            delete.setString(1, partnershipId);
            delete.setString(2, slug);
            assertEquals(1, delete.executeUpdate());
        }
    }

    private static String initechPartnership() {
        String id = GraphQLClient.as(Tokens.person(IAN)).ok("mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }",
                Map.of("input", Map.of("name", "Initech " + UUID.randomUUID(), "governanceModel", "LIGHTWEIGHT_ALLIANCE", "invite", List.of("globex"))))
                .getString("data.createPartnership.id");
        GraphQLClient.as(Tokens.person(GRACE)).ok("mutation($id: ID!) { acceptInvitation(partnershipId: $id) { id } }", Map.of("id", id));
        return id;
    }
}
