package dev.tandem.observability;

import static dev.tandem.support.People.ALICE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.function.DoublePredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.tandem.support.GraphQLClient;
import dev.tandem.support.SubscriptionClient;
import dev.tandem.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What Prometheus reads on the management port: a timer per GraphQL operation (type, name, outcome) whose names a
 * client cannot multiply without bound, and the live subscriptions of each subscription field.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationMetricsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TestHTTPResource(management = true)
    URL management;

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void everyOperationIsTimedByTypeNameAndOutcome() {
        GraphQLClient.as(Tokens.person(ALICE)).ok("query MetricsProbe { me { email } }");
        String code = GraphQLClient.anonymous().post("mutation RefusedProbe { createPartnership(input: {name: \"x\", governanceModel: LIGHTWEIGHT_ALLIANCE, invite: []}) { id } }")
                .getString("errors[0].extensions.code");
        assertThat(code).isNotBlank();

        String metrics = metrics();
        assertThat(metrics).containsPattern("tandem_graphql_operations_seconds_count\\{operation=\"MetricsProbe\",outcome=\"ok\",type=\"query\"} [1-9]");
        assertThat(metrics).containsPattern("tandem_graphql_operations_seconds_count\\{operation=\"RefusedProbe\",outcome=\"" + code + "\",type=\"mutation\"} [1-9]");
    }

    @Test
    @Order(Integer.MAX_VALUE) // it takes every place left for names: the other tests' names come first
    void clientsCannotGrowTheOperationNamesWithoutBound() {
        GraphQLClient anonymous = GraphQLClient.anonymous();
        String prefix = "Flood" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        for (int i = 0; i < 250; i++) {
            anonymous.ok("query " + prefix + i + " { __typename }");
        }
        Set<String> names = operationNames(metrics());
        assertThat(names).as("200 names kept (tandem.graphql.max-operation-names), the rest counted as other").hasSizeLessThanOrEqualTo(200 + 2)
                .contains("other");
        assertThat(names.stream().filter(name -> name.startsWith(prefix)).count()).isLessThan(250);
    }

    @Test
    void theLiveSubscriptionsGaugeFollowsASubscriptionFromStartToClose() throws InterruptedException {
        String gauge = "tandem_graphql_subscriptions_live\\{field=\"metricTurnedRed\"} ([0-9.]+)";
        double before = value(gauge).orElse(0);
        try (SubscriptionClient client = SubscriptionClient.connect(URI.create(graphql.toString().replaceFirst("^http", "ws")),
                SubscriptionClient.TRANSPORT_WS, Tokens.person(ALICE))) {
            assertNotNull(client.next(WAIT, "connection_ack"), "the server acknowledges connection_init");
            client.subscribe("1", "subscription { metricTurnedRed { id } }", Map.of());
            awaitValue(gauge, live -> live == before + 1);
        }
        awaitValue(gauge, live -> live == before);
    }

    private String metrics() {
        return given().get(management.toString().replaceAll("/+$", "") + "/metrics").then().statusCode(200).extract().asString();
    }

    private OptionalDouble value(String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(metrics());
        return matcher.find() ? OptionalDouble.of(Double.parseDouble(matcher.group(1))) : OptionalDouble.empty();
    }

    private void awaitValue(String pattern, DoublePredicate wanted) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            OptionalDouble value = value(pattern);
            if (value.isPresent() && wanted.test(value.getAsDouble())) {
                return;
            }
            Thread.sleep(100);
        }
        fail("the gauge " + pattern + " stayed at " + value(pattern));
    }

    private static Set<String> operationNames(String metrics) {
        Matcher matcher = Pattern.compile("tandem_graphql_operations_seconds_count\\{operation=\"([^\"]*)\"").matcher(metrics);
        return matcher.results().map(result -> result.group(1)).collect(Collectors.toSet());
    }
}
