package dev.tandem.governance;

import static dev.tandem.support.People.ALICE;
import static dev.tandem.support.People.GRACE;
import static dev.tandem.support.People.GUS;
import static dev.tandem.support.People.IAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.tandem.support.GraphQLClient;
import dev.tandem.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** Escalations over GraphQL with real tokens of both partners: one per red metric, their lifecycle, positions, and the climb. */
@QuarkusTest
class EscalationTest {

    static final String ESCALATIONS = """
            query($id: ID!) { partnership(id: $id) { escalations { id tier status summary redCount backToGreenAt responseDueAt climbedAt
              version viewerCanAct outcome whatWasTried metric { name } positions { organization { slug } position interest } } } }""";
    static final String RECORD = """
            mutation($input: RecordMetricReadingInput!) { recordMetricReading(input: $input) { status } }""";

    @Inject
    DataSource dataSource;

    @Inject
    EscalationClimb climb;

    static GraphQLClient as(String email) {
        return GraphQLClient.as(Tokens.person(email));
    }

    /** A partnership of Acme and Globex with one metric owned by Acme (red at or below 50, green from 80), escalating to {@code tier}. */
    static String[] partnershipWithMetric(String tier) {
        String id = as(ALICE).ok("mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }",
                Map.of("input", Map.of("name", "Escalations " + UUID.randomUUID(), "governanceModel", "LIGHTWEIGHT_ALLIANCE", "invite", List.of("globex"))))
                .getString("data.createPartnership.id");
        as(GRACE).ok("mutation($id: ID!) { acceptInvitation(partnershipId: $id) { id } }", Map.of("id", id));
        Map<String, Object> definition = new HashMap<>(Map.of("partnershipId", id, "name", "On-time delivery", "kind", "LEADING_KPI", "unit", "%",
                "direction", "HIGHER_IS_BETTER", "target", 95, "amberThreshold", 80, "redThreshold", 50, "cadence", "DAILY"));
        definition.put("owningParty", "acme");
        definition.put("escalationTier", tier);
        String metric = as(ALICE).ok("mutation($input: DefineMetricInput!) { defineMetric(input: $input) { id } }", Map.of("input", definition))
                .getString("data.defineMetric.id");
        return new String[] {id, metric};
    }

    static void record(String metric, int value, int minutesAgo) {
        as(ALICE).ok(RECORD, Map.of("input", Map.of("metricId", metric, "value", value, "observedAt", Instant.now().minus(minutesAgo, ChronoUnit.MINUTES).toString())));
    }

    static JsonPath escalations(String email, String partnershipId) {
        return as(email).ok(ESCALATIONS, Map.of("id", partnershipId)).setRootPath("data.partnership.escalations");
    }

    static JsonPath act(String email, String mutation, String inputType, Map<String, Object> input) {
        return as(email).ok("mutation($input: " + inputType + "!) { " + mutation + "(input: $input) { id tier status version outcome } }", Map.of("input", input))
                .setRootPath("data." + mutation);
    }

    @Test
    void aMetricThatTurnsRedAgainAddsToItsOneUnresolvedEscalationAndRecoveryIsNoted() {
        String[] ids = partnershipWithMetric("STEERING");
        record(ids[1], 40, 30);
        record(ids[1], 90, 20);
        JsonPath recovered = escalations(GRACE, ids[0]);
        assertEquals(1, recovered.getList("").size());
        assertNotNull(recovered.get("[0].backToGreenAt"), "back to green is noted");
        assertEquals("OPEN", recovered.getString("[0].status"), "resolving stays a person's decision");
        record(ids[1], 30, 10);
        JsonPath again = escalations(GRACE, ids[0]);
        assertEquals(1, again.getList("").size(), "at most one unresolved escalation per metric");
        assertEquals(2, again.getInt("[0].redCount"));
        assertNull(again.get("[0].backToGreenAt"));
        assertEquals("On-time delivery", again.getString("[0].metric.name"));
        assertThat(Instant.parse(again.getString("[0].responseDueAt"))).isAfter(Instant.now().plus(6, ChronoUnit.DAYS)).as("STEERING has a week");
    }

    @Test
    void anEscalationIsAcknowledgedGivenPositionsAndResolvedByTheRightPeople() {
        String[] ids = partnershipWithMetric("STEERING");
        record(ids[1], 40, 5);
        JsonPath open = escalations(GRACE, ids[0]);
        String id = open.getString("[0].id");
        int version = open.getInt("[0].version");
        assertEquals(true, open.getBoolean("[0].viewerCanAct"));
        assertEquals(false, escalations(GUS, ids[0]).getBoolean("[0].viewerCanAct"));

        as(GUS).fails("FORBIDDEN", "mutation($input: EscalationRevisionInput!) { acknowledgeEscalation(input: $input) { id } }",
                Map.of("input", Map.of("escalationId", id, "version", version)));
        as(IAN).fails("NOT_FOUND", "mutation($input: EscalationRevisionInput!) { acknowledgeEscalation(input: $input) { id } }",
                Map.of("input", Map.of("escalationId", id, "version", version)));
        assertNull(as(IAN).ok(ESCALATIONS, Map.of("id", ids[0])).get("data.partnership"));
        JsonPath acknowledged = act(GRACE, "acknowledgeEscalation", "EscalationRevisionInput", Map.of("escalationId", id, "version", version));
        assertEquals("ACKNOWLEDGED", acknowledged.getString("status"));
        assertEquals("version", as(ALICE).fails("CONFLICT", "mutation($input: EscalationRevisionInput!) { acknowledgeEscalation(input: $input) { id } }",
                Map.of("input", Map.of("escalationId", id, "version", version))).getString("errors[0].extensions.field"));

        as(ALICE).ok("mutation($input: StateEscalationPositionInput!) { stateEscalationPosition(input: $input) { id } }",
                Map.of("input", Map.of("escalationId", id, "position", "Globex's depots miss the cut-off", "interest", "Keep the next-day promise")));
        as(GRACE).ok("mutation($input: StateEscalationPositionInput!) { stateEscalationPosition(input: $input) { id } }",
                Map.of("input", Map.of("escalationId", id, "position", "Acme's orders arrive late in the day")));
        as(GRACE).ok("mutation($input: StateEscalationPositionInput!) { stateEscalationPosition(input: $input) { id } }",
                Map.of("input", Map.of("escalationId", id, "position", "Acme's orders arrive after 16:00", "interest", "Fewer night shifts")));
        JsonPath positions = escalations(GUS, ids[0]);
        assertThat(positions.getList("[0].positions.organization.slug")).containsExactlyInAnyOrder("acme", "globex");
        assertThat(positions.getList("[0].positions.position")).contains("Acme's orders arrive after 16:00").doesNotContain("Acme's orders arrive late in the day");

        int current = positions.getInt("[0].version");
        assertEquals("outcome", as(ALICE).fails("VALIDATION", "mutation($input: ResolveEscalationInput!) { resolveEscalation(input: $input) { id } }",
                Map.of("input", Map.of("escalationId", id, "version", current, "outcome", " "))).getString("errors[0].extensions.field"));
        JsonPath resolved = act(ALICE, "resolveEscalation", "ResolveEscalationInput",
                Map.of("escalationId", id, "version", current, "outcome", "Orders placed by 15:00 ship next day; the cut-off moves to 17:00 in March."));
        assertEquals("RESOLVED", resolved.getString("status"));
        record(ids[1], 90, 3);
        record(ids[1], 30, 1);
        JsonPath after = escalations(GRACE, ids[0]);
        assertEquals(List.of("OPEN", "RESOLVED"), after.getList("status"), "red after resolving opens a new one, open ones first");
    }

    @Test
    void anEscalationIsRaisedByHandUpToTheTopTier() {
        String[] ids = partnershipWithMetric("EXECUTION");
        record(ids[1], 40, 5);
        JsonPath open = escalations(ALICE, ids[0]);
        String id = open.getString("[0].id");
        JsonPath steering = act(ALICE, "raiseEscalation", "RaiseEscalationInput",
                Map.of("escalationId", id, "version", open.getInt("[0].version"), "reason", "The depots and the sales team disagree on the cut-off"));
        assertEquals("STEERING", steering.getString("tier"));
        JsonPath strategic = act(GRACE, "raiseEscalation", "RaiseEscalationInput", Map.of("escalationId", id, "version", steering.getInt("version"), "reason", "Budget"));
        assertEquals("STRATEGIC", strategic.getString("tier"));
        as(GRACE).fails("CONFLICT", "mutation($input: RaiseEscalationInput!) { raiseEscalation(input: $input) { id } }",
                Map.of("input", Map.of("escalationId", id, "version", strategic.getInt("version"), "reason", "Again")));
        assertThat(escalations(GUS, ids[0]).getString("[0].whatWasTried")).contains("EXECUTION: The depots", "STEERING: Budget");
    }

    @Test
    void overdueEscalationsClimbOnceWhenReplicasLookAtOnce() throws Exception {
        String[] ids = partnershipWithMetric("EXECUTION");
        record(ids[1], 40, 5);
        String id = escalations(ALICE, ids[0]).getString("[0].id");
        int extra = 29;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement due = connection.prepareStatement("UPDATE escalation SET response_due_at = now() - interval '1 minute' WHERE id = ?::uuid");
                PreparedStatement more = connection.prepareStatement("""
                        INSERT INTO escalation (id, partnership_id, tier, status, summary, opened_at, response_due_at)
                        SELECT gen_random_uuid(), ?::uuid, 'EXECUTION', 'OPEN', 'Raised by hand ' || n, now() - interval '5 days', now() - interval '1 minute'
                        FROM generate_series(1, ?) AS n""")) {
            due.setString(1, id);
            assertEquals(1, due.executeUpdate());
            more.setString(1, ids[0]);
            more.setInt(2, extra);
            assertEquals(extra, more.executeUpdate());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> climbs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            climbs.add(pool.submit(() -> climb.climbDue().await().indefinitely()));
        }
        int moved = 0;
        for (Future<Integer> call : climbs) {
            moved += call.get();   // a replica that collided with another would fail here
        }
        pool.shutdown();
        JsonPath climbed = escalations(GRACE, ids[0]);
        assertThat(climbed.getList("tier")).as("one tier up, not two").hasSize(extra + 1).containsOnly("STEERING");
        assertThat(climbed.getList("climbedAt")).doesNotContainNull();
        assertThat(moved).as("climbs counted by the replicas").isGreaterThanOrEqualTo(extra + 1);
        List<Map<String, Object>> audit = as(GRACE).ok("query($id: ID!) { partnership(id: $id) { auditEvents(first: 100) { edges { node { action actor { kind } } } } } }",
                Map.of("id", ids[0])).getList("data.partnership.auditEvents.edges.node");
        List<Map<String, Object>> climbsAudited = audit.stream().filter(e -> "escalation.climbed".equals(e.get("action"))).toList();
        assertEquals(extra + 1, climbsAudited.size(), "each climb audited once");
        assertEquals("SYSTEM", ((Map<?, ?>) climbsAudited.get(0).get("actor")).get("kind"));
    }
}
