package dev.tandem.api;

import static dev.tandem.support.People.ALICE;
import static dev.tandem.support.People.GRACE;
import static dev.tandem.support.People.IAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tandem.support.GraphQLClient;
import dev.tandem.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** Each caller's query budget (a leaky bucket per person, integrator client or address), with a budget small enough to run out. */
@QuarkusTest
@TestProfile(BudgetTest.SmallBudget.class)
class BudgetTest {

    /** 100 points, one point back per second. */
    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tandem.graphql.budget", "100", "tandem.graphql.budget-restore-per-second", "1", "tandem.data-set", "");
        }
    }

    /** Costs 21: partnerships (1) + 5 x (edges, node, id, name). */
    private static final String QUERY = "{ partnerships(first: 5) { edges { node { id name } } } }";

    @Test
    void aCallerOverItsBudgetIsToldHowLongToWait() {
        GraphQLClient alice = GraphQLClient.as(Tokens.person(ALICE));
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            long left = alice.ok(QUERY).getLong("extensions.cost.throttleStatus.currentlyAvailable");
            assertThat(left).isLessThan(previous);
            previous = left;
        }
        JsonPath refused = alice.fails("LIMIT_EXCEEDED", QUERY);
        assertEquals(21, refused.getInt("errors[0].extensions.cost"));
        assertThat(refused.getInt("errors[0].extensions.retryAfterSeconds")).isBetween(1, 21);
        assertThat(refused.getString("errors[0].message")).contains("Try again in " + refused.getInt("errors[0].extensions.retryAfterSeconds") + " s");
        assertThat(refused.getLong("errors[0].extensions.throttleStatus.currentlyAvailable")).isLessThan(21);
        assertThat(refused.getString("data")).isNull();
    }

    @Test
    void oneCallersBurstLeavesEveryoneElsesBudgetAlone() {
        GraphQLClient ian = GraphQLClient.as(Tokens.person(IAN));
        int granted = 0;
        while (ian.post(QUERY).get("errors") == null) {
            granted++;
        }
        assertThat(granted).isBetween(4, 5);
        JsonPath grace = GraphQLClient.as(Tokens.person(GRACE)).ok(QUERY);
        assertEquals(100 - 21, grace.getLong("extensions.cost.throttleStatus.currentlyAvailable"));
        JsonPath integrator = GraphQLClient.as(Tokens.integrator("initech")).ok(QUERY);
        assertEquals(100 - 21, integrator.getLong("extensions.cost.throttleStatus.currentlyAvailable"), "Initech's integrator has a budget of its own");
    }
}
