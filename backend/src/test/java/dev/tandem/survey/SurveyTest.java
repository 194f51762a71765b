package dev.tandem.survey;

import static dev.tandem.support.People.AARON;
import static dev.tandem.support.People.ALICE;
import static dev.tandem.support.People.GRACE;
import static dev.tandem.support.People.GUS;
import static dev.tandem.support.People.IAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

import dev.tandem.demo.DemoData;
import dev.tandem.support.DemoReady;
import dev.tandem.support.GraphQLClient;
import dev.tandem.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** Health surveys over GraphQL with real tokens of both partners' people, an integrator and an outsider. */
@QuarkusTest
class SurveyTest {

    @Inject
    @Readiness
    DemoData demo;

    static final String AMY = "amy@acme.example";
    static final String ARJUN = "arjun@acme.example";
    static final String GINA = "gina@globex.example";

    static final String CREATE = """
            mutation($input: CreateSurveyInput!) { createSurvey(input: $input) {
              id title round status anonymityThreshold recurrence version viewerCanEdit viewerCanAnswer audience { slug }
              questions { id kind text topic } } }""";
    static final String SUBMIT = """
            mutation($input: SurveyResponseInput!) { submitSurveyResponse(input: $input) { surveyId submittedAt } }""";
    static final String RESULTS = """
            query($id: ID!) { survey(id: $id) { id status viewerHasResponded results {
              parties { organization { slug } shown respondents nps comments questions { question { topic } green amber red score flagged } }
              gaps { question { topic } gap } } } }""";

    @Inject
    DataSource dataSource;

    @Inject
    SurveyRounds rounds;

    static GraphQLClient as(String email) {
        return GraphQLClient.as(Tokens.person(email));
    }

    /** A partnership of Acme and Globex, both accepted. */
    static String partnership() {
        String id = as(ALICE).ok("mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }",
                Map.of("input", Map.of("name", "Survey " + UUID.randomUUID(), "governanceModel", "LIGHTWEIGHT_ALLIANCE", "invite", List.of("globex"))))
                .getString("data.createPartnership.id");
        as(GRACE).ok("mutation($id: ID!) { acceptInvitation(partnershipId: $id) { id } }", Map.of("id", id));
        return id;
    }

    /** The default pulse, open from a minute ago for {@code minutes}. */
    static Map<String, Object> pulse(String partnershipId, int minutes) {
        Map<String, Object> input = new HashMap<>();
        input.put("partnershipId", partnershipId);
        input.put("opensAt", Instant.now().minus(1, ChronoUnit.MINUTES).toString());
        input.put("closesAt", Instant.now().plus(minutes, ChronoUnit.MINUTES).toString());
        return input;
    }

    static JsonPath create(String email, Map<String, Object> input) {
        return as(email).ok(CREATE, Map.of("input", input)).setRootPath("data.createSurvey");
    }

    /** Answers every question: each RAG item {@code rag}, the NPS {@code nps}, and the free text {@code text} (may be null). */
    static List<Map<String, Object>> answers(JsonPath survey, String rag, int nps, String text) {
        List<Map<String, Object>> answers = new ArrayList<>();
        List<Map<String, Object>> questions = survey.getList("questions");
        for (Map<String, Object> question : questions) {
            Map<String, Object> answer = new HashMap<>();
            answer.put("questionId", question.get("id"));
            switch ((String) question.get("kind")) {
                case "RAG" -> answer.put("rag", rag);
                case "NPS" -> answer.put("score", nps);
                default -> answer.put("text", text);
            }
            answers.add(answer);
        }
        return answers;
    }

    static JsonPath submit(String email, String surveyId, List<Map<String, Object>> answers) {
        return as(email).ok(SUBMIT, Map.of("input", Map.of("surveyId", surveyId, "answers", answers)));
    }

    static JsonPath results(String email, String surveyId) {
        return as(email).ok(RESULTS, Map.of("id", surveyId)).setRootPath("data.survey");
    }

    // ------------------------------------------------------------------------------------ surveys

    @Test
    void theDefaultPulseHasTheNineChecklistItemsNpsAndFreeTextAndOnlySteeringCreatesIt() {
        String id = partnership();
        JsonPath survey = create(ALICE, pulse(id, 60));
        assertEquals(List.of("RAG", "RAG", "RAG", "RAG", "RAG", "RAG", "RAG", "RAG", "RAG", "NPS", "TEXT"), survey.getList("questions.kind"));
        assertThat(survey.getList("questions.topic")).startsWith("STRATEGIC_CLARITY").contains("EXECUTION_CULTURE", "RECOMMEND");
        assertEquals("OPEN", survey.getString("status"));
        assertEquals(3, survey.getInt("anonymityThreshold"));
        assertEquals(1, survey.getInt("round"));
        assertThat(survey.getList("audience.slug")).containsExactlyInAnyOrder("acme", "globex");

        as(AARON).fails("FORBIDDEN", CREATE, Map.of("input", pulse(id, 60)));
        as(GUS).fails("FORBIDDEN", CREATE, Map.of("input", pulse(id, 60)));
        GraphQLClient.as(Tokens.integrator("acme")).fails("FORBIDDEN", CREATE, Map.of("input", pulse(id, 60)));
        as(IAN).fails("NOT_FOUND", CREATE, Map.of("input", pulse(id, 60)));
        assertNull(as(IAN).ok(RESULTS, Map.of("id", survey.getString("id"))).get("data.survey"), "another partner's survey does not exist for Ian");
        assertThat(as(IAN).ok("query($id: ID!) { partnership(id: $id) { surveys { id } } }", Map.of("id", id)).getMap("data.partnership")).isNull();
    }

    @Test
    void badSurveysNameTheField() {
        String id = partnership();
        Map<String, Object> low = pulse(id, 60);
        low.put("anonymityThreshold", 2);
        assertEquals("anonymityThreshold", as(ALICE).fails("VALIDATION", CREATE, Map.of("input", low)).getString("errors[0].extensions.field"));
        Map<String, Object> backwards = pulse(id, 60);
        backwards.put("closesAt", Instant.now().minus(2, ChronoUnit.MINUTES).toString());
        assertEquals("closesAt", as(ALICE).fails("VALIDATION", CREATE, Map.of("input", backwards)).getString("errors[0].extensions.field"));
        Map<String, Object> outsider = pulse(id, 60);
        outsider.put("audience", List.of("acme", "initech"));
        assertEquals("audience[1]", as(ALICE).fails("VALIDATION", CREATE, Map.of("input", outsider)).getString("errors[0].extensions.field"));
        Map<String, Object> overlapping = pulse(id, 40 * 24 * 60);
        overlapping.put("recurrence", "MONTHLY");
        assertEquals("closesAt", as(ALICE).fails("VALIDATION", CREATE, Map.of("input", overlapping)).getString("errors[0].extensions.field"));
    }

    // ------------------------------------------------------------------------------------ answering

    @Test
    void answersAreCheckedPerKindNamingTheItem() {
        String id = partnership();
        JsonPath survey = create(ALICE, pulse(id, 60));
        String surveyId = survey.getString("id");
        List<Map<String, Object>> answers = answers(survey, "GREEN", 9, null);

        List<Map<String, Object>> noRag = copy(answers);
        noRag.get(3).remove("rag");
        assertEquals("answers[3].rag", fails(GRACE, surveyId, noRag).getString("errors[0].extensions.field"));
        List<Map<String, Object>> scoreOnRag = copy(answers);
        scoreOnRag.get(2).put("score", 4);
        assertEquals("answers[2].score", fails(GRACE, surveyId, scoreOnRag).getString("errors[0].extensions.field"));
        List<Map<String, Object>> npsTooHigh = copy(answers);
        npsTooHigh.get(9).put("score", 11);
        assertEquals("answers[9].score", fails(GRACE, surveyId, npsTooHigh).getString("errors[0].extensions.field"));
        List<Map<String, Object>> missing = copy(answers).subList(1, 11);
        assertEquals("answers", fails(GRACE, surveyId, missing).getString("errors[0].extensions.field"));
        List<Map<String, Object>> stranger = copy(answers);
        stranger.get(0).put("questionId", UUID.randomUUID().toString());
        assertEquals("answers[0].questionId", fails(GRACE, surveyId, stranger).getString("errors[0].extensions.field"));
        assertThat(results(GRACE, surveyId).getBoolean("viewerHasResponded")).as("a refused answer stores nothing").isFalse();

        GraphQLClient.as(Tokens.integrator("globex")).fails("FORBIDDEN", SUBMIT, Map.of("input", Map.of("surveyId", surveyId, "answers", answers)));
        as(IAN).fails("NOT_FOUND", SUBMIT, Map.of("input", Map.of("surveyId", surveyId, "answers", answers)));
        submit(GRACE, surveyId, answers);
        assertThat(results(GRACE, surveyId).getBoolean("viewerHasResponded")).isTrue();
        assertThat(results(GUS, surveyId).getBoolean("viewerHasResponded")).isFalse();

        JsonPath closed = as(ALICE).ok("mutation($input: CloseSurveyInput!) { closeSurvey(input: $input) { status viewerCanAnswer } }",
                Map.of("input", Map.of("surveyId", surveyId, "version", survey.getInt("version"))));
        assertEquals("CLOSED", closed.getString("data.closeSurvey.status"));
        assertEquals("surveyId", as(GUS).fails("CONFLICT", SUBMIT, Map.of("input", Map.of("surveyId", surveyId, "answers", answers)))
                .getString("errors[0].extensions.field"), "after close, a clear error");
    }

    @Test
    void aPartyShowsNothingBelowTheThresholdAndEverythingFromIt() {
        String id = partnership();
        JsonPath survey = create(ALICE, pulse(id, 60));
        String surveyId = survey.getString("id");
        submit(ALICE, surveyId, answers(survey, "GREEN", 10, "Great to work with"));
        submit(AARON, surveyId, answers(survey, "GREEN", 9, null));
        submit(GRACE, surveyId, answers(survey, "RED", 3, "We never hear back"));
        submit(GUS, surveyId, answers(survey, "AMBER", 6, null));
        submit(GINA, surveyId, answers(survey, "RED", 5, null));

        JsonPath two = results(GUS, surveyId);
        Map<String, Object> acme = party(two, "acme");
        assertEquals(false, acme.get("shown"), "two Acme respondents are below k = 3");
        assertNull(acme.get("respondents"), "not even the count");
        assertNull(acme.get("nps"));
        assertNull(acme.get("comments"));
        assertThat((List<?>) acme.get("questions")).allSatisfy(q -> assertThat(((Map<?, ?>) q).get("score")).isNull());
        assertThat(two.getList("results.gaps")).as("no gap without two shown parties").isEmpty();

        submit(AMY, surveyId, answers(survey, "AMBER", 8, null));
        JsonPath three = results(GUS, surveyId);
        Map<String, Object> shown = party(three, "acme");
        assertEquals(true, shown.get("shown"));
        assertEquals(3, shown.get("respondents"));
        assertEquals(66.7, ((Number) shown.get("nps")).doubleValue(), 0.01, "two promoters, one passive");
        assertEquals(List.of("Great to work with"), shown.get("comments"));
        Map<String, Object> globex = party(three, "globex");
        assertEquals(-100.0, ((Number) globex.get("nps")).doubleValue(), 0.01, "three detractors");
        assertEquals(List.of("We never hear back"), globex.get("comments"));
        Map<?, ?> clarity = (Map<?, ?>) ((List<?>) globex.get("questions")).get(0);
        assertEquals(0, clarity.get("green"));
        assertEquals(1, clarity.get("amber"));
        assertEquals(2, clarity.get("red"));
        assertEquals(true, clarity.get("flagged"), "two of three Globex people rate it red");
        assertEquals(false, ((Map<?, ?>) ((List<?>) shown.get("questions")).get(0)).get("flagged"));

        List<Map<String, Object>> gaps = three.getList("results.gaps");
        assertEquals(10, gaps.size(), "nine items and the NPS; free text has no score");
        assertEquals(66.6, ((Number) gaps.get(0).get("gap")).doubleValue(), 0.05, "Acme 83.3 against Globex 16.7 on each item");
        assertThat(gaps.stream().map(g -> ((Number) g.get("gap")).doubleValue()).toList()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        GraphQLClient.as(Tokens.integrator("globex")).ok(RESULTS, Map.of("id", surveyId));
    }

    @Test
    void fiftyConcurrentSubmissionsByOnePersonLeaveOneResponseUnderAPseudonym() throws Exception {
        String id = partnership();
        JsonPath survey = create(ALICE, pulse(id, 60));
        String surveyId = survey.getString("id");
        submit(ALICE, surveyId, answers(survey, "GREEN", 10, null));
        submit(AARON, surveyId, answers(survey, "GREEN", 10, null));
        String token = Tokens.person(AMY);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<JsonPath>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String rag = i % 2 == 0 ? "RED" : "AMBER";
            calls.add(pool.submit((Callable<JsonPath>) () -> GraphQLClient.as(token).post(SUBMIT,
                    Map.of("input", Map.of("surveyId", surveyId, "answers", answers(survey, rag, 0, null))))));
        }
        for (Future<JsonPath> call : calls) {
            assertThat(call.get().getList("errors")).isNull();
        }
        pool.shutdown();
        assertEquals(3, party(results(GRACE, surveyId), "acme").get("respondents"), "Alice, Aaron and one response of Amy's");
        submit(AMY, surveyId, answers(survey, "GREEN", 10, null));
        assertEquals(100.0, ((Number) party(results(GRACE, surveyId), "acme").get("nps")).doubleValue(), 0.01, "the resubmission replaced the earlier answers");

        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT pseudonym, answers FROM survey_response WHERE survey_id = ?::uuid")) {
            query.setString(1, surveyId);
            try (ResultSet rows = query.executeQuery()) {
                int count = 0;
                while (rows.next()) {
                    count++;
                    assertThat(rows.getString(1)).hasSize(64).doesNotContain("acme", "@");
                    assertThat(rows.getString(2)).doesNotContain("acme.example");
                }
                assertEquals(3, count);
            }
        }
    }

    // ------------------------------------------------------------------------------------ closing

    @Test
    void aClosedRoundRecordsItsHealthOnceAndOpensTheNextRoundEvenWhenReplicasSettleAtOnce() throws Exception {
        String id = partnership();
        Map<String, Object> input = pulse(id, 60);
        input.put("closesAt", Instant.now().plusSeconds(4).toString());
        input.put("recurrence", "MONTHLY");
        JsonPath survey = create(ALICE, input);
        String surveyId = survey.getString("id");
        for (String email : List.of(ALICE, AARON, AMY)) {
            submit(email, surveyId, answers(survey, "RED", 2, null));
        }
        for (String email : List.of(GRACE, GUS, GINA)) {
            submit(email, surveyId, answers(survey, "AMBER", 7, null));
        }
        Thread.sleep(Math.max(0, Instant.parse(input.get("closesAt").toString()).toEpochMilli() - System.currentTimeMillis() + 200));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> settles = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            settles.add(pool.submit(() -> rounds.settleDue().await().indefinitely()));
        }
        for (Future<Integer> settle : settles) {
            settle.get();
        }
        pool.shutdown();

        JsonPath after = as(GRACE).ok("""
                query($id: ID!) { partnership(id: $id) { health surveys { round status }
                  metrics { name kind status readings(last: 10) { value source } } } }""", Map.of("id", id)).setRootPath("data.partnership");
        assertEquals(List.of(2, 1), after.getList("surveys.round"), "the next round, once");
        assertEquals("SCHEDULED", after.getString("surveys[0].status"));
        Map<String, Object> health = after.getList("metrics", Map.class).stream()
                .filter(m -> "Partnership health (survey)".equals(m.get("name"))).findFirst().orElseThrow();
        assertEquals("RED", health.get("status"), "Acme all red, Globex all amber: 2.5 of 10");
        assertEquals(1, ((List<?>) health.get("readings")).size(), "recorded once");
        assertEquals("SURVEY", ((Map<?, ?>) ((List<?>) health.get("readings")).get(0)).get("source"));
        assertEquals("RED", after.getString("health"));
    }

    @Test
    void theDemoPartnershipHasThreePastMonthlyRoundsWithAGapAndAnOpenOne() throws InterruptedException {
        DemoReady.await(demo);
        String id = as(GRACE).ok("{ partnerships(first: 100) { edges { node { id name } } } }").getList("data.partnerships.edges.node", Map.class).stream()
                .filter(node -> "Acme × Globex".equals(node.get("name"))).map(node -> (String) node.get("id")).findFirst().orElseThrow();
        JsonPath demo = as(GRACE).ok("""
                query($id: ID!) { partnership(id: $id) { surveys { round status viewerCanAnswer
                  results { parties { organization { slug } shown respondents nps } gaps { question { topic } gap } } } } }""", Map.of("id", id))
                .setRootPath("data.partnership.surveys");
        assertEquals(List.of("OPEN", "CLOSED", "CLOSED", "CLOSED"), demo.getList("status"));
        assertEquals(true, demo.getBoolean("[0].viewerCanAnswer"));
        assertEquals(List.of(5, 5), demo.getList("[1].results.parties.respondents"), "five people on each side: the threshold met honestly");
        assertThat(demo.getList("[3].results.gaps.question.topic")).as("Globex rated dependencies and feedback red at first")
                .startsWith("DEPENDENCY_MANAGEMENT", "FEEDBACK_LOOPS");
    }

    private static Map<String, Object> party(JsonPath survey, String slug) {
        List<Map<String, Object>> parties = survey.getList("results.parties");
        return parties.stream().filter(p -> slug.equals(((Map<?, ?>) p.get("organization")).get("slug"))).findFirst().orElseThrow();
    }

    private static JsonPath fails(String email, String surveyId, List<Map<String, Object>> answers) {
        return as(email).fails("VALIDATION", SUBMIT, Map.of("input", Map.of("surveyId", surveyId, "answers", answers)));
    }

    private static List<Map<String, Object>> copy(List<Map<String, Object>> answers) {
        List<Map<String, Object>> copy = new ArrayList<>();
        answers.forEach(a -> copy.add(new HashMap<>(a)));
        return copy;
    }
}
