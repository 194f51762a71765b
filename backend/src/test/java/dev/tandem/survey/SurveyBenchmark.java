package dev.tandem.survey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.tandem.support.GraphQLClient;
import dev.tandem.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * Measures survey submissions per second from the demo people of both parties answering (and re-answering) one
 * round at once, and counts the responses stored: one per person, whatever the number of submissions. Prints
 * figures; asserts nothing about time. Run with {@code ./tandem bench}.
 */
@QuarkusTest
@Tag("benchmark")
class SurveyBenchmark {

    static final List<String> PEOPLE = List.of("alice@acme.example", "aaron@acme.example", "amy@acme.example", "arjun@acme.example", "ada@acme.example",
            "grace@globex.example", "gus@globex.example", "gina@globex.example", "gil@globex.example", "gwen@globex.example");
    static final int CONNECTIONS = 32;
    static final int SUBMISSIONS = 2000;

    @Inject
    DataSource dataSource;

    @Test
    void submissionsPerSecondAndDuplicates() throws Exception {
        String partnership = SurveyTest.partnership();
        JsonPath survey = SurveyTest.create("alice@acme.example", SurveyTest.pulse(partnership, 60));
        String surveyId = survey.getString("id");
        List<String> tokens = PEOPLE.stream().map(Tokens::person).toList();
        Map<String, Object> input = Map.of("surveyId", surveyId, "answers", SurveyTest.answers(survey, "AMBER", 8, "benchmark"));
        for (String token : tokens) {   // warm up: each person's first submission
            GraphQLClient.as(token).ok(SurveyTest.SUBMIT, Map.of("input", input));
        }
        AtomicInteger failed = new AtomicInteger();
        double baseline = run(tokens, "{ me { kind } }", Map.of(), failed);
        double seconds = run(tokens, SurveyTest.SUBMIT, Map.of("input", input), failed);
        int stored = stored(surveyId);
        System.out.println();
        System.out.println("== Survey submissions (" + PEOPLE.size() + " people of two parties, " + CONNECTIONS + " concurrent connections) ==");
        System.out.printf("survey submissions: %d in %.2f s = %.0f submissions/s (baseline { me { kind } }: %.0f/s, ratio %.2f), %d failed;"
                + " responses stored %d for %d people: %d duplicates%n", SUBMISSIONS, seconds, SUBMISSIONS / seconds, SUBMISSIONS / baseline,
                baseline / seconds, failed.get(), stored, PEOPLE.size(), stored - PEOPLE.size());
    }

    /** Seconds for SUBMISSIONS calls of this operation, spread over the people, on CONNECTIONS threads. */
    private static double run(List<String> tokens, String query, Map<String, Object> variables, AtomicInteger failed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        List<Future<?>> calls = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < SUBMISSIONS; i++) {
            String token = tokens.get(i % tokens.size());
            calls.add(pool.submit(() -> {
                if (GraphQLClient.as(token).post(query, variables).getList("errors") != null) {
                    failed.incrementAndGet();
                }
            }));
        }
        for (Future<?> call : calls) {
            call.get();
        }
        pool.shutdown();
        return (System.nanoTime() - start) / 1e9;
    }

    private int stored(String surveyId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM survey_response WHERE survey_id = ?::uuid")) {
            count.setString(1, surveyId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
