package dev.tandem.governance;

import static dev.tandem.support.People.ALICE;
import static dev.tandem.support.People.GRACE;
import static dev.tandem.support.People.IAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.tandem.support.SubscriptionClient;
import dev.tandem.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;

/** The governance subscription over a real WebSocket with real tokens: who hears of what, in commit order, and what a returning subscriber missed. */
@QuarkusTest
class GovernanceSubscriptionTest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String CHANGED = """
            subscription($id: ID!, $after: ID) { governanceChanged(partnershipId: $id, after: $after) {
              id subject subjectId action summary at partnership { id } } }""";

    @TestHTTPResource("/graphql")
    URI http;

    @Inject
    DataSource dataSource;

    SubscriptionClient connect(String email) throws InterruptedException {
        SubscriptionClient client = SubscriptionClient.connect(URI.create(http.toString().replaceFirst("^http", "ws")), SubscriptionClient.TRANSPORT_WS,
                Tokens.person(email));
        assertNotNull(client.next(WAIT, "connection_ack", "ka"), "the server acknowledges connection_init");
        return client;
    }

    static JsonObject change(SubscriptionClient client) throws InterruptedException {
        JsonObject message = client.nextEvent(WAIT);
        assertNotNull(message, "a change arrives");
        JsonObject payload = message.getJsonObject("payload");
        assertThat(payload.getValue("errors")).as(message.encode()).isNull();
        return payload.getJsonObject("data").getJsonObject("governanceChanged");
    }

    static String cursor(String email, String partnershipId) {
        return EscalationTest.as(email).ok("query($id: ID!) { partnership(id: $id) { governanceChangeCursor } }", Map.of("id", partnershipId))
                .getString("data.partnership.governanceChangeCursor");
    }

    @Test
    void bothPartnersHearAnEscalationsLifeAsItHappens() throws Exception {
        String[] ids = EscalationTest.partnershipWithMetric("STEERING");
        assertEquals("0", cursor(GRACE, ids[0]), "nothing has happened yet");
        try (SubscriptionClient grace = connect(GRACE); SubscriptionClient alice = connect(ALICE)) {
            grace.subscribe("1", CHANGED, Map.of("id", ids[0], "after", "0"));
            alice.subscribe("1", CHANGED, Map.of("id", ids[0], "after", "0"));
            EscalationTest.record(ids[1], 40, 5);
            JsonObject opened = change(grace);
            assertEquals("ESCALATION", opened.getString("subject"));
            assertEquals("escalation.opened", opened.getString("action"));
            assertThat(opened.getString("summary")).contains("On-time delivery").contains("turned red");
            assertEquals(ids[0], opened.getJsonObject("partnership").getString("id"));
            String escalation = opened.getString("subjectId");
            int version = EscalationTest.escalations(GRACE, ids[0]).getInt("[0].version");
            EscalationTest.act(GRACE, "acknowledgeEscalation", "EscalationRevisionInput", Map.of("escalationId", escalation, "version", version));
            JsonObject acknowledged = change(grace);
            assertEquals("escalation.acknowledged", acknowledged.getString("action"));
            assertEquals(escalation, acknowledged.getString("subjectId"));
            assertThat(Long.parseLong(acknowledged.getString("id"))).isGreaterThan(Long.parseLong(opened.getString("id")));
            assertEquals(List.of(opened.getString("id"), acknowledged.getString("id")), List.of(change(alice).getString("id"), change(alice).getString("id")),
                    "the other party hears the same changes");
            assertEquals(acknowledged.getString("id"), cursor(ALICE, ids[0]));
        }
    }

    @Test
    void aRefusedChangeIsNotAnnounced() throws Exception {
        String[] ids = EscalationTest.partnershipWithMetric("STEERING");
        EscalationTest.record(ids[1], 40, 5);
        String escalation = EscalationTest.escalations(GRACE, ids[0]).getString("[0].id");
        String before = cursor(GRACE, ids[0]);
        EscalationTest.as(ALICE).fails("VALIDATION", "mutation($input: ResolveEscalationInput!) { resolveEscalation(input: $input) { id } }",
                Map.of("input", Map.of("escalationId", escalation, "version", 0, "outcome", " ")));
        EscalationTest.as(ALICE).fails("CONFLICT", "mutation($input: EscalationRevisionInput!) { acknowledgeEscalation(input: $input) { id } }",
                Map.of("input", Map.of("escalationId", escalation, "version", 99)));
        assertEquals(before, cursor(GRACE, ids[0]), "a mutation that fails writes nothing, its change neither");
    }

    @Test
    void anOutsiderHearsNothingAndCannotTellWhetherThePartnershipExists() throws Exception {
        String[] ids = EscalationTest.partnershipWithMetric("STEERING");
        try (SubscriptionClient ian = connect(IAN)) {
            ian.subscribe("1", CHANGED, Map.of("id", ids[0], "after", "0"));
            assertEquals("complete", ian.next(WAIT, "complete", "next", "error").getString("type"));
            ian.subscribe("2", CHANGED, Map.of("id", java.util.UUID.randomUUID().toString(), "after", "0"));
            assertEquals("complete", ian.next(WAIT, "complete", "next", "error").getString("type"));
            ian.subscribe("3", CHANGED, Map.of("id", ids[0], "after", "-3"));
            assertThat(ian.next(WAIT, "error", "next", "complete").encode()).contains("VALIDATION").contains("after");
        }
    }

    @Test
    void concurrentWritersAreHeardExactlyOnceInCommitOrderAndAReturningSubscriberGetsTheSame() throws Exception {
        String[] ids = EscalationTest.partnershipWithMetric("EXECUTION");
        List<String> metrics = new ArrayList<>(List.of(ids[1]));
        for (int i = 1; i < 8; i++) {
            metrics.add(defineMetric(ids[0], "Metric " + i));
        }
        metrics.forEach(metric -> EscalationTest.record(metric, 40, 5)); // an escalation each
        List<String> escalations = EscalationTest.escalations(GRACE, ids[0]).getList("id");
        assertEquals(metrics.size(), escalations.size());
        int statements = 12; // per escalation, by both parties in turn: each its own transaction, no row shared with another escalation's
        List<String> heard = new ArrayList<>();
        try (SubscriptionClient grace = connect(GRACE)) {
            grace.subscribe("1", CHANGED, Map.of("id", ids[0], "after", cursor(GRACE, ids[0])));
            ExecutorService writers = Executors.newFixedThreadPool(escalations.size());
            try {
                List<Future<?>> done = new ArrayList<>();
                for (String escalation : escalations) {
                    done.add(writers.submit(() -> {
                        for (int i = 0; i < statements; i++) {
                            EscalationTest.as(i % 2 == 0 ? ALICE : GRACE).ok(
                                    "mutation($input: StateEscalationPositionInput!) { stateEscalationPosition(input: $input) { id } }",
                                    Map.of("input", Map.of("escalationId", escalation, "position", "Position " + i)));
                        }
                    }));
                }
                for (Future<?> writer : done) {
                    writer.get();
                }
            } finally {
                writers.shutdown();
            }
            for (int i = 0; i < escalations.size() * statements; i++) {
                heard.add(change(grace).getString("id"));
            }
        }
        List<String> stored = storedLog(ids[0]);
        assertEquals(metrics.size() + escalations.size() * statements, stored.size(), "an escalation opened per metric, then every position");
        assertEquals(stored.subList(metrics.size(), stored.size()), heard, "every stored change, once, in seq order");
        try (SubscriptionClient back = connect(ALICE)) {
            back.subscribe("1", CHANGED, Map.of("id", ids[0], "after", stored.get(9)));
            List<String> replayed = new ArrayList<>();
            for (int i = 10; i < stored.size(); i++) {
                replayed.add(change(back).getString("id"));
            }
            assertEquals(stored.subList(10, stored.size()), replayed, "a subscriber that comes back gets exactly the rest");
        }
    }

    private static String defineMetric(String partnershipId, String name) {
        Map<String, Object> definition = new HashMap<>(Map.of("partnershipId", partnershipId, "name", name, "kind", "LEADING_KPI", "unit", "%",
                "direction", "HIGHER_IS_BETTER", "target", 95, "amberThreshold", 80, "redThreshold", 50, "cadence", "DAILY"));
        definition.put("owningParty", "acme");
        definition.put("escalationTier", "EXECUTION");
        return EscalationTest.as(ALICE).ok("mutation($input: DefineMetricInput!) { defineMetric(input: $input) { id } }", Map.of("input", definition))
                .getString("data.defineMetric.id");
    }

    private List<String> storedLog(String partnershipId) throws Exception {
        List<String> seqs = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT seq FROM governance_change WHERE partnership_id = ?::uuid ORDER BY seq")) {
            query.setString(1, partnershipId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    seqs.add(Long.toString(rows.getLong(1)));
                }
            }
        }
        return seqs;
    }
}
