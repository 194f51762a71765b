package dev.tandem.metric;

import static dev.tandem.support.People.AARON;
import static dev.tandem.support.People.ALICE;
import static dev.tandem.support.People.GRACE;
import static dev.tandem.support.People.GUS;
import static dev.tandem.support.People.IAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.tandem.support.GraphQLClient;
import dev.tandem.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Metrics over GraphQL with real tokens of both partners, their integrators and an outsider. */
@QuarkusTest
class MetricTest {

    static final String DEFINE = """
            mutation($input: DefineMetricInput!) { defineMetric(input: $input) { id name status version viewerCanRecord viewerCanEdit owningParty { slug } } }""";
    static final String RECORD = """
            mutation($input: RecordMetricReadingInput!) { recordMetricReading(input: $input) { id value status source observedAt } }""";
    static final String RECORD_MANY = """
            mutation($inputs: [RecordMetricReadingInput!]!) { recordMetricReadings(inputs: $inputs) { id status } }""";
    static final String METRICS = """
            query($id: ID!) { partnership(id: $id) { health metricWarnings
              metrics { id name status version viewerCanRecord latest { value status } readings(last: 10) { value status source } }
              escalations { tier status summary metric { name } } } }""";

    static GraphQLClient as(String email) {
        return GraphQLClient.as(Tokens.person(email));
    }

    /** A partnership of Acme and Globex, both accepted; Aaron leads for Acme, Gus only views. */
    static String partnership() {
        String id = as(ALICE).ok("mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }",
                Map.of("input", Map.of("name", "Metrics " + UUID.randomUUID(), "governanceModel", "LIGHTWEIGHT_ALLIANCE", "invite", List.of("globex"))))
                .getString("data.createPartnership.id");
        as(GRACE).ok("mutation($id: ID!) { acceptInvitation(partnershipId: $id) { id } }", Map.of("id", id));
        as(ALICE).ok("mutation($input: SetMemberRoleInput!) { setMemberRole(input: $input) { role } }",
                Map.of("input", Map.of("partnershipId", id, "email", AARON, "role", "LEAD")));
        return id;
    }

    /** On-time delivery (%), higher is better: red at or below 50, amber below 80, target 95; owned by {@code owner}. */
    static String onTime(String partnershipId, String owner) {
        return as(ALICE).ok(DEFINE, Map.of("input", definition(partnershipId, "On-time delivery " + UUID.randomUUID(), owner)))
                .getString("data.defineMetric.id");
    }

    static Map<String, Object> definition(String partnershipId, String name, String owner) {
        Map<String, Object> input = new HashMap<>();
        input.put("partnershipId", partnershipId);
        input.put("name", name);
        input.put("kind", "LEADING_KPI");
        input.put("unit", "%");
        input.put("direction", "HIGHER_IS_BETTER");
        input.put("target", 95);
        input.put("amberThreshold", 80);
        input.put("redThreshold", 50);
        input.put("cadence", "DAILY");
        input.put("owningParty", owner);
        input.put("escalationTier", "STEERING");
        return input;
    }

    static Map<String, Object> reading(String metricId, Object value, Instant at) {
        Map<String, Object> input = new HashMap<>();
        input.put("metricId", metricId);
        input.put("value", value);
        input.put("observedAt", at.toString());
        return input;
    }

    static JsonPath metrics(String email, String partnershipId) {
        return as(email).ok(METRICS, Map.of("id", partnershipId)).setRootPath("data.partnership");
    }

    // ------------------------------------------------------------------------------------ definitions

    @Test
    void thresholdsMustFitTheDirection() {
        String id = partnership();
        Map<String, Object> wrongOrder = definition(id, "Wrong", "acme");
        wrongOrder.put("redThreshold", 85);
        assertEquals("redThreshold", as(ALICE).fails("VALIDATION", DEFINE, Map.of("input", wrongOrder)).getString("errors[0].extensions.field"));
        Map<String, Object> aboveTarget = definition(id, "Above", "acme");
        aboveTarget.put("amberThreshold", 99);
        assertEquals("amberThreshold", as(ALICE).fails("VALIDATION", DEFINE, Map.of("input", aboveTarget)).getString("errors[0].extensions.field"));
        Map<String, Object> lower = definition(id, "Defects", "acme");
        lower.put("direction", "LOWER_IS_BETTER");
        lower.put("target", 1);
        lower.put("amberThreshold", 5);
        lower.put("redThreshold", 10);
        assertEquals("UNKNOWN", as(ALICE).ok(DEFINE, Map.of("input", lower)).getString("data.defineMetric.status"));
        lower.put("name", "Defects mirrored wrong");
        lower.put("redThreshold", 3);
        assertEquals("redThreshold", as(ALICE).fails("VALIDATION", DEFINE, Map.of("input", lower)).getString("errors[0].extensions.field"));
        assertEquals("owningParty", as(ALICE).fails("VALIDATION", DEFINE, Map.of("input", definition(id, "Initech's", "initech")))
                .getString("errors[0].extensions.field"));
        assertEquals("name", as(ALICE).fails("VALIDATION", DEFINE, Map.of("input", definition(id, "defects", "acme")))
                .getString("errors[0].extensions.field"));
        assertThat(metrics(ALICE, id).getList("metrics.name")).containsExactly("Defects");
    }

    @Test
    void onlySponsorsAndSteeringDefineMetrics() {
        String id = partnership();
        as(AARON).fails("FORBIDDEN", DEFINE, Map.of("input", definition(id, "Aaron's", "acme")));
        as(GUS).fails("FORBIDDEN", DEFINE, Map.of("input", definition(id, "Gus's", "globex")));
        GraphQLClient.as(Tokens.integrator("acme")).fails("FORBIDDEN", DEFINE, Map.of("input", definition(id, "Integrator's", "acme")));
        as(IAN).fails("NOT_FOUND", DEFINE, Map.of("input", definition(id, "Ian's", "acme")));
        as(GRACE).ok(DEFINE, Map.of("input", definition(id, "Grace's", "globex")));
    }

    @Test
    void moreThanEightMetricsGetTheVitalFewWarning() {
        String id = partnership();
        for (int i = 0; i < 8; i++) {
            onTime(id, "acme");
        }
        assertThat(metrics(GRACE, id).getList("metricWarnings")).isEmpty();
        onTime(id, "globex");
        assertThat(metrics(GRACE, id).getList("metricWarnings", String.class)).singleElement().asString().contains("vital few");
    }

    // ------------------------------------------------------------------------------------ readings and status

    @Test
    void statusFollowsTheLatestReadingByObservedTime() {
        String id = partnership();
        String metric = onTime(id, "acme");
        Instant now = Instant.now();
        assertEquals("GREEN", as(ALICE).ok(RECORD, Map.of("input", reading(metric, 95, now.minus(3, ChronoUnit.HOURS)))).getString("data.recordMetricReading.status"));
        assertEquals("AMBER", as(ALICE).ok(RECORD, Map.of("input", reading(metric, 70, now.minus(2, ChronoUnit.HOURS)))).getString("data.recordMetricReading.status"));
        assertEquals("RED", as(ALICE).ok(RECORD, Map.of("input", reading(metric, 50, now.minus(5, ChronoUnit.HOURS)))).getString("data.recordMetricReading.status"),
                "the red threshold itself is red");
        JsonPath after = metrics(GRACE, id);
        assertEquals("AMBER", after.getString("metrics[0].status"), "a backdated red reading does not override the newer amber one");
        assertEquals(List.of(70, 95, 50), after.getList("metrics[0].readings.value"));
        assertEquals("AMBER", after.getString("health"));
        assertThat(after.getList("escalations")).isEmpty();
    }

    @Test
    void turningRedOpensAnEscalationAtTheMetricsTier() {
        String id = partnership();
        String metric = onTime(id, "acme");
        assertEquals("UNKNOWN", metrics(ALICE, id).getString("health"));
        as(ALICE).ok(RECORD, Map.of("input", reading(metric, 96, Instant.now().minusSeconds(60))));
        as(ALICE).ok(RECORD, Map.of("input", reading(metric, 31.5, Instant.now())));
        JsonPath red = metrics(GRACE, id);
        assertEquals("RED", red.getString("health"));
        assertEquals("STEERING", red.getString("escalations[0].tier"));
        assertEquals("OPEN", red.getString("escalations[0].status"));
        assertThat(red.getString("escalations[0].summary")).contains("31.5").contains("turned red");
        assertEquals(red.getString("metrics[0].name"), red.getString("escalations[0].metric.name"));
    }

    @Test
    void aMetricWithoutRecentReadingsIsUnknown() {
        String id = partnership();
        String metric = onTime(id, "acme");
        as(ALICE).ok(RECORD, Map.of("input", reading(metric, 99, Instant.now().minus(3, ChronoUnit.DAYS))));
        JsonPath stale = metrics(ALICE, id);
        assertEquals("UNKNOWN", stale.getString("metrics[0].status"), "no reading within two daily cadences");
        assertEquals("GREEN", stale.getString("metrics[0].latest.status"));
    }

    static final String DECIDE = """
            mutation($input: DecideMetricChangeInput!) { decideMetricChange(input: $input) { status version target amberThreshold latest { status } pendingChange { amberThreshold } } }""";

    /** Alice (Acme) proposes new thresholds; Grace (Globex) agrees; answers Grace's view of the metric. */
    static JsonPath agreed(String partnershipId, String metric, Map<String, Object> change) {
        as(ALICE).ok("mutation($input: UpdateMetricInput!) { updateMetric(input: $input) { status } }", Map.of("input", change));
        int version = metrics(GRACE, partnershipId).getInt("metrics.find { it.id == '" + metric + "' }.version");
        return as(GRACE).ok(DECIDE, Map.of("input", Map.of("metricId", metric, "version", version, "agree", true))).setRootPath("data.decideMetricChange");
    }

    @Test
    void newThresholdsByOnePartyWaitForAnotherAndThenReRateTheLatestReading() {
        String id = partnership();
        JsonPath defined = as(ALICE).ok(DEFINE, Map.of("input", definition(id, "Re-rated", "acme")));
        String metric = defined.getString("data.defineMetric.id");
        as(ALICE).ok(RECORD, Map.of("input", reading(metric, 85, Instant.now())));
        int version = metrics(ALICE, id).getInt("metrics[0].version");
        as(ALICE).ok("mutation($input: UpdateMetricInput!) { updateMetric(input: $input) { status } }",
                Map.of("input", Map.of("id", metric, "version", version, "amberThreshold", 90, "redThreshold", 86)));
        JsonPath pending = as(GRACE).ok("query($id: ID!) { partnership(id: $id) { metrics { status version amberThreshold pendingChange { amberThreshold redThreshold proposedBy { slug } viewerCanDecide } } } }",
                Map.of("id", id)).setRootPath("data.partnership.metrics[0]");
        assertEquals("GREEN", pending.getString("status"), "one party does not change a shared measure alone");
        assertEquals(80, pending.getInt("amberThreshold"));
        assertEquals(90, pending.getInt("pendingChange.amberThreshold"));
        assertEquals("acme", pending.getString("pendingChange.proposedBy.slug"));
        assertEquals(true, pending.getBoolean("pendingChange.viewerCanDecide"));
        int current = pending.getInt("version");
        assertEquals("metricId", as(ALICE).fails("FORBIDDEN", DECIDE, Map.of("input", Map.of("metricId", metric, "version", current, "agree", true)))
                .getString("errors[0].extensions.field"), "the proposing party does not agree with itself");
        as(GUS).fails("FORBIDDEN", DECIDE, Map.of("input", Map.of("metricId", metric, "version", current, "agree", true)));
        as(IAN).fails("NOT_FOUND", DECIDE, Map.of("input", Map.of("metricId", metric, "version", current, "agree", true)));
        JsonPath decided = as(GRACE).ok(DECIDE, Map.of("input", Map.of("metricId", metric, "version", current, "agree", true))).setRootPath("data.decideMetricChange");
        assertEquals("RED", decided.getString("status"));
        assertNull(decided.get("pendingChange"));
        assertEquals("RED", metrics(GRACE, id).getString("metrics[0].status"));
        assertEquals("version", as(ALICE).fails("CONFLICT", "mutation($input: UpdateMetricInput!) { updateMetric(input: $input) { status } }",
                Map.of("input", Map.of("id", metric, "version", version, "name", "Stale"))).getString("errors[0].extensions.field"));
        assertEquals("metricId", as(GRACE).fails("CONFLICT", DECIDE, Map.of("input", Map.of("metricId", metric, "version", decided.getInt("version"), "agree", true)))
                .getString("errors[0].extensions.field"), "nothing waits for an answer any more");

        Map<String, Object> noTarget = new HashMap<>(Map.of("id", metric, "version", decided.getInt("version")));
        noTarget.put("target", null);
        assertNull(agreed(id, metric, noTarget).get("target"), "a target sent as null is removed once agreed");
    }

    @Test
    void agreedThresholdsReRateTheLatestReadingAsTheMetricShowsIt() {
        String id = partnership();
        String metric = onTime(id, "acme");
        as(ALICE).ok(RECORD, Map.of("input", reading(metric, 70, Instant.now().minusSeconds(60))));
        as(ALICE).ok(RECORD, Map.of("input", reading(metric, 85, Instant.now())));
        int version = metrics(ALICE, id).getInt("metrics[0].version");
        JsonPath answer = agreed(id, metric, Map.of("id", metric, "version", version, "amberThreshold", 90, "redThreshold", 86));
        assertEquals("RED", answer.getString("status"));
        assertEquals("RED", answer.getString("latest.status"), "the answer rates the latest reading as it rates the metric");
        JsonPath read = metrics(GRACE, id);
        assertEquals("RED", read.getString("metrics[0].status"));
        assertEquals("RED", read.getString("metrics[0].latest.status"), "a later read agrees with the answer");
        assertEquals(List.of("RED", "AMBER"), read.getList("metrics[0].readings.status"),
                "the latest reading is re-rated; an older one keeps the rating it had when it was the latest");
    }

    @Test
    void anInvalidTimeNamesTheArgumentInPlainWords() {
        String id = partnership();
        String metric = onTime(id, "acme");
        JsonPath single = as(ALICE).fails("VALIDATION", RECORD, Map.of("input", Map.of("metricId", metric, "value", 90, "observedAt", "yesterday")));
        assertEquals("input.observedAt", single.getString("errors[0].extensions.field"));
        assertThat(single.getString("errors[0].message")).startsWith("observedAt is not a valid date and time");
        JsonPath batch = as(ALICE).fails("VALIDATION", RECORD_MANY, Map.of("inputs", List.of(reading(metric, 90, Instant.now()),
                Map.of("metricId", metric, "value", 91, "observedAt", "2027-02-30T10:00:00Z"))));
        assertEquals("inputs[1].observedAt", batch.getString("errors[0].extensions.field"));
        assertThat(metrics(ALICE, id).getList("metrics[0].readings")).isEmpty();
    }

    // ------------------------------------------------------------------------------------ who records

    @Test
    void onlyTheOwningPartysMembersAndIntegratorsRecord() {
        String id = partnership();
        String acmeMetric = onTime(id, "acme");
        String globexMetric = onTime(id, "globex");
        Map<String, Object> acmeReading = Map.of("input", reading(acmeMetric, 90, Instant.now()));
        assertEquals("INTEGRATION", GraphQLClient.as(Tokens.integrator("acme")).ok(RECORD, acmeReading).getString("data.recordMetricReading.source"));
        assertEquals("MANUAL", as(AARON).ok(RECORD, acmeReading).getString("data.recordMetricReading.source"));
        as(GRACE).fails("FORBIDDEN", RECORD, acmeReading);
        GraphQLClient.as(Tokens.integrator("globex")).fails("FORBIDDEN", RECORD, acmeReading);
        as(GUS).fails("FORBIDDEN", RECORD, Map.of("input", reading(globexMetric, 90, Instant.now())));
        as(IAN).fails("NOT_FOUND", RECORD, acmeReading);
        GraphQLClient.as(Tokens.integrator("initech")).fails("NOT_FOUND", RECORD, acmeReading);
        as(IAN).fails("NOT_FOUND", RECORD, Map.of("input", reading(UUID.randomUUID().toString(), 90, Instant.now())));
        JsonPath seen = metrics(GRACE, id);
        assertEquals(2, seen.getList("metrics[0].readings").size() + seen.getList("metrics[1].readings").size());
        assertEquals(List.of(false, true), seen.getList("metrics.viewerCanRecord"));
    }

    // ------------------------------------------------------------------------------------ integrators' batches

    @Test
    void aSourceKeyRecordsOnce() {
        String id = partnership();
        String metric = onTime(id, "acme");
        GraphQLClient integrator = GraphQLClient.as(Tokens.integrator("acme"));
        Map<String, Object> input = reading(metric, 88, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        input.put("sourceKey", "bi-export-2026-11-21");
        String first = integrator.ok(RECORD, Map.of("input", input)).getString("data.recordMetricReading.id");
        String again = integrator.ok(RECORD, Map.of("input", input)).getString("data.recordMetricReading.id");
        assertEquals(first, again);
        input.put("value", 12);
        assertEquals("sourceKey", integrator.fails("CONFLICT", RECORD, Map.of("input", input)).getString("errors[0].extensions.field"));
        assertEquals(1, metrics(ALICE, id).getList("metrics[0].readings").size());
    }

    @Test
    void aBatchRecordsAllOrNothingAndNamesTheFailingItem() {
        String id = partnership();
        String metric = onTime(id, "acme");
        GraphQLClient integrator = GraphQLClient.as(Tokens.integrator("acme"));
        Instant start = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int day = 0; day < 10; day++) {
            Map<String, Object> input = reading(metric, 60 + day * 4, start.plus(day, ChronoUnit.DAYS));
            input.put("sourceKey", "day-" + day);
            batch.add(input);
        }
        List<Map<String, Object>> broken = new ArrayList<>(batch);
        broken.set(7, reading(metric, 90, Instant.now().plus(1, ChronoUnit.DAYS)));
        JsonPath refused = integrator.fails("VALIDATION", RECORD_MANY, Map.of("inputs", broken));
        assertEquals("inputs[7].observedAt", refused.getString("errors[0].extensions.field"));
        broken.set(7, reading(UUID.randomUUID().toString(), 90, Instant.now()));
        assertEquals("inputs[7].metricId", integrator.fails("NOT_FOUND", RECORD_MANY, Map.of("inputs", broken)).getString("errors[0].extensions.field"));
        assertThat(metrics(ALICE, id).getList("metrics[0].readings")).isEmpty();

        List<String> ids = integrator.ok(RECORD_MANY, Map.of("inputs", batch)).getList("data.recordMetricReadings.id");
        assertEquals(ids, integrator.ok(RECORD_MANY, Map.of("inputs", batch)).getList("data.recordMetricReadings.id"), "a repeated batch records nothing new");
        JsonPath stored = metrics(ALICE, id);
        assertEquals(10, stored.getList("metrics[0].readings").size());
        assertEquals("GREEN", stored.getString("metrics[0].latest.status"));

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(reading(metric, 1, start));
        }
        assertEquals("inputs", integrator.fails("LIMIT_EXCEEDED", RECORD_MANY, Map.of("inputs", tooMany)).getString("errors[0].extensions.field"));
    }

    static final String HISTORY = """
            query($id: ID!, $first: Int, $after: String) { partnership(id: $id) { metrics { name
              readingHistory(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { value observedAt } } } } } }""";

    @Test
    void theWholeHistoryPagesNewestFirstForEveryMetricAtOnce() {
        String id = partnership();
        String busy = onTime(id, "acme");
        onTime(id, "acme");
        GraphQLClient integrator = GraphQLClient.as(Tokens.integrator("acme"));
        Instant start = Instant.now().minus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int day = 0; day < 45; day++) {
            batch.add(reading(busy, day, start.plus(day, ChronoUnit.DAYS)));
        }
        batch.add(reading(busy, 45, start.plus(44, ChronoUnit.DAYS)));   // two readings observed at the same time
        integrator.ok(RECORD_MANY, Map.of("inputs", batch));

        List<Object> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("id", id);
            variables.put("first", 20);
            variables.put("after", after);
            JsonPath page = as(GRACE).ok(HISTORY, variables).setRootPath("data.partnership.metrics");
            int busyIndex = page.getInt("[0].readingHistory.totalCount") == 46 ? 0 : 1;
            String history = "[" + busyIndex + "].readingHistory";
            assertEquals(46, page.getInt(history + ".totalCount"));
            assertEquals(0, page.getInt("[" + (1 - busyIndex) + "].readingHistory.totalCount"));
            seen.addAll(page.getList(history + ".edges.node.value"));
            after = page.getString(history + ".pageInfo.endCursor");
            assertEquals(seen.size() < 46, page.getBoolean(history + ".pageInfo.hasNextPage"));
            pages++;
        } while (seen.size() < 46 && pages < 5);
        assertEquals(3, pages);
        assertEquals(46, seen.size(), "every reading once");
        assertThat(seen.subList(0, 2)).as("two observed at the same time, each once").containsExactlyInAnyOrder(44, 45);
        assertThat(seen.subList(2, 46)).as("newest first").containsExactlyElementsOf(IntStream.iterate(43, v -> v >= 0, v -> v - 1).boxed().toList());

        Map<String, Object> badCursor = new HashMap<>(Map.of("id", id, "after", "not-a-cursor"));
        assertEquals("after", as(ALICE).fails("VALIDATION", HISTORY, badCursor).getString("errors[0].extensions.field"));
        assertEquals("first", as(ALICE).fails("LIMIT_EXCEEDED", HISTORY, Map.of("id", id, "first", 101)).getString("errors[0].extensions.field"));
        assertNull(as(IAN).ok(HISTORY, Map.of("id", id)).get("data.partnership"), "another partner's metrics do not exist for Ian");
    }

    @Test
    void badReadingsNameTheField() {
        String id = partnership();
        String metric = onTime(id, "acme");
        assertEquals("value", as(ALICE).fails("VALIDATION", RECORD, Map.of("input", reading(metric, "1e20", Instant.now())))
                .getString("errors[0].extensions.field"));
        assertEquals("observedAt", as(ALICE).fails("VALIDATION", RECORD, Map.of("input", reading(metric, 5, Instant.parse("1999-12-31T00:00:00Z"))))
                .getString("errors[0].extensions.field"));
        as(ALICE).fails("VALIDATION", RECORD, Map.of("input", Map.of("metricId", metric, "value", "lots", "observedAt", Instant.now().toString())));
        assertEquals("last", as(ALICE).fails("LIMIT_EXCEEDED", "query($id: ID!) { partnership(id: $id) { metrics { readings(last: 401) { value } } } }",
                Map.of("id", id)).getString("errors[0].extensions.field"));
    }
}
