package dev.tandem.plan;

import static dev.tandem.support.People.ALICE;
import static dev.tandem.support.People.GRACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tandem.support.GraphQLClient;
import dev.tandem.support.Tokens;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * Nested fields load in batches: reading a whole plan takes as many SQL statements for 5 objectives × 4 key
 * results and 6 workstreams × 10 deliverables as for 1 × 1. Statements are counted where they leave the
 * service, by the PostgreSQL client's own metrics (every command the client completes).
 */
@QuarkusTest
class PlanBatchingTest {

    static final String WHOLE_PLAN = "query($id: ID!) { partnership(id: $id) { name parties { organization { name } sponsor { email } } plans { "
            + PlanTest.PLAN_FIELDS + " } } }";

    @Inject
    MeterRegistry registry;

    @Test
    void statementsPerPlanQueryDoNotGrowWithThePlan() {
        String small = plan(1, 1, 1, 1);
        String large = plan(5, 4, 6, 10);

        long smallStatements = statementsFor(small);
        long largeStatements = statementsFor(large);
        JsonPath check = GraphQLClient.as(Tokens.person(ALICE)).ok(WHOLE_PLAN, Map.of("id", large));
        assertEquals(60, check.getList("data.partnership.plans[0].workstreams.deliverables.flatten()").size());
        assertEquals(20, check.getList("data.partnership.plans[0].objectives.keyResults.flatten()").size());

        System.out.printf("SQL statements for the whole-plan query: 1x1 plan %d, 5x4 + 6x10 plan %d%n", smallStatements, largeStatements);
        assertThat(smallStatements).isPositive();
        assertEquals(smallStatements, largeStatements);
    }

    /** The fewest statements of three runs: the service's own timers (ended sessions are re-read every second in tests) may add one. */
    private long statementsFor(String partnershipId) {
        GraphQLClient client = GraphQLClient.as(Tokens.person(ALICE));
        client.ok(WHOLE_PLAN, Map.of("id", partnershipId));
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            double before = completed();
            client.ok(WHOLE_PLAN, Map.of("id", partnershipId));
            fewest = Math.min(fewest, Math.round(completed() - before));
        }
        return fewest;
    }

    private double completed() {
        return registry.find("postgresql.completed").counters().stream().mapToDouble(Counter::count).sum();
    }

    /** A partnership whose plan has exactly these objectives × key results and workstreams × deliverables (each owned, chained). */
    private static String plan(int objectives, int keyResults, int workstreams, int deliverables) {
        String[] ids = PlanTest.partnership("LIGHTWEIGHT_ALLIANCE");
        JsonPath draft = PlanTest.plan(ALICE, ids[0]);
        PlanTest.mutate(ALICE, "removePlanItem", Map.of("id", draft.getString("workstreams[0].id"), "version", draft.getInt("workstreams[0].version")));
        for (int o = 0; o < objectives; o++) {
            String objective = PlanTest.mutate(ALICE, "addObjective", Map.of("planId", ids[1], "title", "Objective " + o)).getString("data.addObjective.id");
            for (int k = 0; k < keyResults; k++) {
                String keyResult = PlanTest.mutate(ALICE, "addKeyResult", Map.of("objectiveId", objective, "title", "KR " + o + "." + k, "target", 10))
                        .getString("data.addKeyResult.id");
                PlanTest.mutate(GRACE, "checkInKeyResult", Map.of("keyResultId", keyResult, "confidence", 5));
            }
        }
        for (int w = 0; w < workstreams; w++) {
            String workstream = PlanTest.mutate(ALICE, "addWorkstream", Map.of("planId", ids[1], "name", "Stream " + w, "leads", List.of(ALICE, GRACE)))
                    .getString("data.addWorkstream.id");
            List<String> previous = new ArrayList<>();
            for (int d = 0; d < deliverables; d++) {
                String id = PlanTest.mutate(ALICE, "addDeliverable", Map.of("workstreamId", workstream, "title", "Deliverable " + w + "." + d,
                        "definitionOfDone", "Done.", "owners", List.of(ALICE, GRACE), "milestone", d == deliverables - 1, "dependsOn", previous))
                        .getString("data.addDeliverable.id");
                previous = List.of(id);
            }
        }
        PlanTest.mutate(ALICE, "addRisk", Map.of("planId", ids[1], "title", "Risk", "probability", 3, "impact", 3, "owner", GRACE));
        return ids[0];
    }
}
