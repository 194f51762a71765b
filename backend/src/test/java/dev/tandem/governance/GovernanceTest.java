package dev.tandem.governance;

import static dev.tandem.support.People.AARON;
import static dev.tandem.support.People.ALICE;
import static dev.tandem.support.People.GRACE;
import static dev.tandem.support.People.GUS;
import static dev.tandem.support.People.IAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

import dev.tandem.demo.DemoData;
import dev.tandem.support.DemoReady;
import dev.tandem.support.GraphQLClient;
import dev.tandem.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** Governance tiers and meetings over GraphQL with real tokens of both partners and an outsider. */
@QuarkusTest
class GovernanceTest {

    @Inject
    @Readiness
    DemoData demo;

    static final String TIERS = """
            query($id: ID!) { partnership(id: $id) { governanceTiers { tier name cadence durationMinutes weekday timeOfDay timeZone
              responseTimeHours version viewerCanEdit members { email } } } }""";
    static final String UPDATE = """
            mutation($input: UpdateGovernanceTierInput!) { updateGovernanceTier(input: $input) { tier cadence responseTimeHours version members { email } } }""";
    static final String MEETINGS = """
            query($id: ID!, $first: Int, $after: String, $upcoming: Boolean) { partnership(id: $id) {
              meetings(first: $first, after: $after, upcoming: $upcoming) { totalCount pageInfo { hasNextPage endCursor }
                edges { cursor node { id tier title startsAt durationMinutes agenda { kind title status } } } } } }""";

    static GraphQLClient as(String email) {
        return GraphQLClient.as(Tokens.person(email));
    }

    static String partnership(String model, LocalDate startsOn) {
        Map<String, Object> input = new HashMap<>(Map.of("name", "Governance " + UUID.randomUUID(), "governanceModel", model, "invite", List.of("globex")));
        if (startsOn != null) {
            input.put("startsOn", startsOn.toString());
        }
        String id = as(ALICE).ok("mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }", Map.of("input", input))
                .getString("data.createPartnership.id");
        as(GRACE).ok("mutation($id: ID!) { acceptInvitation(partnershipId: $id) { id } }", Map.of("id", id));
        return id;
    }

    static JsonPath tiers(String email, String id) {
        return as(email).ok(TIERS, Map.of("id", id)).setRootPath("data.partnership.governanceTiers");
    }

    @Test
    void theTiersFollowTheGovernanceModel() {
        JsonPath light = tiers(GUS, partnership("LIGHTWEIGHT_ALLIANCE", null));
        assertEquals(List.of("STRATEGIC"), light.getList("tier"));
        assertEquals("Quarterly business review", light.getString("[0].name"));
        assertThat(light.getList("[0].members.email")).as("each party's named contact").containsExactlyInAnyOrder(ALICE, GRACE);
        assertEquals(false, light.getBoolean("[0].viewerCanEdit"));

        JsonPath integrated = tiers(GRACE, partnership("INTEGRATED_OPERATIONAL_PARTNERSHIP", null));
        assertEquals(List.of("EXECUTION", "STEERING", "STRATEGIC"), integrated.getList("tier"));
        assertEquals(List.of("WEEKLY", "MONTHLY", "QUARTERLY"), integrated.getList("cadence"));
        assertEquals(List.of(72, 168, 336), integrated.getList("responseTimeHours"), "sensible defaults, shown");
        assertEquals(true, integrated.getBoolean("[1].viewerCanEdit"));
        assertEquals("Board", tiers(ALICE, partnership("JOINT_VENTURE_LITE", null)).getString("[2].name"));
    }

    @Test
    void onlySteeringChangesATierAndBadInputNamesTheField() {
        String id = partnership("INTEGRATED_OPERATIONAL_PARTNERSHIP", null);
        Map<String, Object> change = new HashMap<>(Map.of("partnershipId", id, "tier", "EXECUTION", "version", 0, "cadence", "EVERY_TWO_WEEKS",
                "responseTimeHours", 24, "members", List.of(AARON, GUS)));
        as(GUS).fails("FORBIDDEN", UPDATE, Map.of("input", change));
        as(IAN).fails("NOT_FOUND", UPDATE, Map.of("input", change));
        assertNull(as(IAN).ok(TIERS, Map.of("id", id)).get("data.partnership"));
        for (var bad : List.of(Map.entry("timeZone", "Mars/Olympus"), Map.entry("weekday", 8), Map.entry("timeOfDay", "25:00"), Map.entry("durationMinutes", 5))) {
            Map<String, Object> input = new HashMap<>(change);
            input.put(bad.getKey(), bad.getValue());
            assertEquals(bad.getKey(), as(ALICE).fails("VALIDATION", UPDATE, Map.of("input", input)).getString("errors[0].extensions.field"));
        }
        Map<String, Object> outsider = new HashMap<>(change);
        outsider.put("members", List.of(AARON, IAN));
        assertEquals("members[1]", as(ALICE).fails("VALIDATION", UPDATE, Map.of("input", outsider)).getString("errors[0].extensions.field"));

        JsonPath changed = as(ALICE).ok(UPDATE, Map.of("input", change)).setRootPath("data.updateGovernanceTier");
        assertEquals("EVERY_TWO_WEEKS", changed.getString("cadence"));
        assertEquals(24, changed.getInt("responseTimeHours"));
        assertThat(changed.getList("members.email")).containsExactlyInAnyOrder(AARON, GUS);
        assertEquals("version", as(GRACE).fails("CONFLICT", UPDATE, Map.of("input", change)).getString("errors[0].extensions.field"));
        assertEquals(List.of("MONTHLY", "QUARTERLY"), tiers(GRACE, id).getList("cadence").subList(1, 3), "the other tiers keep the model's defaults");

        String metric = as(ALICE).ok("mutation($input: DefineMetricInput!) { defineMetric(input: $input) { id } }", Map.of("input", Map.ofEntries(
                Map.entry("partnershipId", id), Map.entry("name", "Pick rate"), Map.entry("kind", "LEADING_KPI"), Map.entry("direction", "HIGHER_IS_BETTER"),
                Map.entry("amberThreshold", 80), Map.entry("redThreshold", 50), Map.entry("cadence", "DAILY"), Map.entry("owningParty", "acme"),
                Map.entry("escalationTier", "EXECUTION")))).getString("data.defineMetric.id");
        as(ALICE).ok("mutation($input: RecordMetricReadingInput!) { recordMetricReading(input: $input) { status } }",
                Map.of("input", Map.of("metricId", metric, "value", 10, "observedAt", Instant.now().toString())));
        Instant due = Instant.parse(as(GRACE).ok("query($id: ID!) { partnership(id: $id) { escalations { responseDueAt } } }", Map.of("id", id))
                .getString("data.partnership.escalations[0].responseDueAt"));
        assertThat(due).as("the tier's agreed 24 hours").isBetween(Instant.now().plusSeconds(23 * 3600), Instant.now().plusSeconds(25 * 3600));
    }

    @Test
    void meetingsFollowTheCadencesNoneBeforeTheStartAndPageWithoutGapsOrRepeats() {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusDays(20);
        String id = partnership("INTEGRATED_OPERATIONAL_PARTNERSHIP", start);
        Map<String, Object> variables = new HashMap<>(Map.of("id", id, "first", 100));
        JsonPath all = as(GUS).ok(MEETINGS, variables).setRootPath("data.partnership.meetings");
        List<String> starts = all.getList("edges.node.startsAt");
        assertThat(starts).isNotEmpty().allSatisfy(at -> assertThat(Instant.parse(at)).isAfterOrEqualTo(start.atStartOfDay().toInstant(ZoneOffset.UTC)));
        assertThat(starts).isSorted();
        List<String> titles = all.getList("edges.node.title");
        assertThat(titles).contains("First steering review");
        long weekly = titles.stream().filter("Execution team"::equals).count();
        assertThat(weekly).as("weekly for the weeks left of three months").isBetween(8L, 11L);

        List<String> paged = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> page = new HashMap<>(Map.of("id", id, "first", 4));
            page.put("after", after);
            JsonPath result = as(GUS).ok(MEETINGS, page).setRootPath("data.partnership.meetings");
            paged.addAll(result.getList("edges.node.id"));
            after = result.getBoolean("pageInfo.hasNextPage") ? result.getString("pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(all.getList("edges.node.id"), paged);
        assertEquals(paged.size(), new HashSet<>(paged).size());
        assertEquals(paged.size(), all.getInt("totalCount"));

        JsonPath both = as(GUS).ok("""
                query($id: ID!) { partnership(id: $id) { governanceTiers { tier } again: governanceTiers { tier } } }""",
                Map.of("id", id)).setRootPath("data.partnership");
        JsonPath refused = as(GUS).fails("VALIDATION", """
                query($id: ID!) { partnership(id: $id) { upcoming: meetings(upcoming: true) { totalCount } past: meetings(upcoming: false) { totalCount } } }""",
                Map.of("id", id));
        assertEquals("meetings", refused.getString("errors[0].extensions.field"), "batched per field, it could not answer both as asked");
        assertEquals(both.getList("governanceTiers"), both.getList("again"));
    }

    @Test
    void aSteeringMeetingsAgendaOpensWithTheRedMetricAndItsEscalation() {
        String id = partnership("INTEGRATED_OPERATIONAL_PARTNERSHIP", LocalDate.now(ZoneOffset.UTC).minusDays(60));
        for (String[] metric : new String[][] {{"Complaints", "10"}, {"On-time delivery", "70"}}) {
            String metricId = as(ALICE).ok("mutation($input: DefineMetricInput!) { defineMetric(input: $input) { id } }", Map.of("input", Map.ofEntries(
                    Map.entry("partnershipId", id), Map.entry("name", metric[0]), Map.entry("kind", "LEADING_KPI"), Map.entry("direction", "HIGHER_IS_BETTER"),
                    Map.entry("amberThreshold", 80), Map.entry("redThreshold", 50), Map.entry("cadence", "DAILY"), Map.entry("owningParty", "acme"),
                    Map.entry("escalationTier", "STEERING")))).getString("data.defineMetric.id");
            as(ALICE).ok("mutation($input: RecordMetricReadingInput!) { recordMetricReading(input: $input) { status } }",
                    Map.of("input", Map.of("metricId", metricId, "value", Integer.parseInt(metric[1]), "observedAt", Instant.now().toString())));
        }
        JsonPath meetings = as(GRACE).ok(MEETINGS, Map.of("id", id, "first", 100)).setRootPath("data.partnership.meetings");
        List<Map<String, Object>> nodes = meetings.getList("edges.node");
        Map<String, Object> steering = nodes.stream().filter(n -> "STEERING".equals(n.get("tier"))).findFirst().orElseThrow();
        List<?> agenda = (List<?>) steering.get("agenda");
        assertEquals(List.of("RED_METRIC", "AMBER_METRIC", "ESCALATION"), agenda.stream().map(i -> ((Map<?, ?>) i).get("kind")).toList());
        assertEquals("Complaints is RED", ((Map<?, ?>) agenda.get(0)).get("title"));
        Map<String, Object> execution = nodes.stream().filter(n -> "EXECUTION".equals(n.get("tier"))).findFirst().orElseThrow();
        assertEquals(List.of("RED_METRIC", "AMBER_METRIC"), ((List<?>) execution.get("agenda")).stream().map(i -> ((Map<?, ?>) i).get("kind")).toList(),
                "the escalation waits on steering, not on the execution team");
        as(IAN).ok(MEETINGS, Map.of("id", id)).getMap("data");
    }

    @Test
    void theDemoPartnershipHasMinutedMeetingsADecisionAnOverdueActionAndAnEscalationThatClimbed() throws InterruptedException {
        DemoReady.await(demo);
        String id = as(GRACE).ok("{ partnerships(first: 100) { edges { node { id name } } } }").getList("data.partnerships.edges.node", Map.class).stream()
                .filter(node -> "Acme × Globex".equals(node.get("name"))).map(node -> (String) node.get("id")).findFirst().orElseThrow();
        JsonPath past = as(GRACE).ok("""
                query($id: ID!) { partnership(id: $id) { escalations { tier status } metrics { name pendingChange { proposedBy { slug } } }
                  meetings(first: 100, upcoming: false) { edges { node { tier minutes decisions { title } actionItems { overdue } } } } } }""",
                Map.of("id", id)).setRootPath("data.partnership");
        List<Map<String, Object>> nodes = past.getList("meetings.edges.node");
        List<Map<String, Object>> minuted = nodes.stream().filter(m -> m.get("minutes") != null).toList();
        assertThat(minuted.stream().map(m -> m.get("tier"))).contains("STEERING", "EXECUTION");
        assertThat(minuted.stream().flatMap(m -> ((List<?>) m.get("decisions")).stream())).hasSize(1);
        assertThat(minuted.stream().flatMap(m -> ((List<?>) m.get("actionItems")).stream()).map(a -> (Object) ((Map<?, ?>) a).get("overdue")).toList())
                .contains(true, false);
        assertThat(past.getList("escalations.tier")).contains("STRATEGIC");
        assertEquals("globex", past.getString("metrics.find { it.name == 'Joint-offer orders' }.pendingChange.proposedBy.slug"),
                "a threshold change Globex proposed waits for Acme");
        List<Map<String, Object>> upcoming = as(GRACE).ok(MEETINGS, Map.of("id", id, "first", 100)).getList("data.partnership.meetings.edges.node");
        Map<String, Object> nextExecution = upcoming.stream().filter(m -> "EXECUTION".equals(m.get("tier"))).findFirst().orElseThrow();
        assertThat(((List<?>) nextExecution.get("agenda")).stream().map(i -> (Object) ((Map<?, ?>) i).get("kind")).toList()).contains("OVERDUE_ACTION");
    }
}
