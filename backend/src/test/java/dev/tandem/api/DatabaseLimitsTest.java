package dev.tandem.api;

import static dev.tandem.support.People.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import dev.tandem.support.GraphQLClient;
import dev.tandem.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;

/** The pool Tandem really runs on, made small: statements have a timeout, and a full pool answers at once. */
@QuarkusTest
@TestProfile(DatabaseLimitsTest.SmallPool.class)
class DatabaseLimitsTest {

    /** Two connections, one waiting place, a one-second statement timeout. */
    public static class SmallPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reactive.max-size", "2", "tandem.db.max-waiting", "1", "tandem.db.acquire-timeout", "500ms",
                    "tandem.db.statement-timeout", "1s", "tandem.data-set", "");
        }
    }

    @Inject
    Pool pool;

    @Test
    void aStatementPastItsTimeoutIsCancelledAndItsConnectionGoesBack() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> pool.query("SELECT pg_sleep(5)").execute().await().atMost(Duration.ofSeconds(4)))
                    .hasMessageContaining("statement timeout");
        }
        for (int i = 0; i < 4; i++) {
            assertThat(pool.query("SELECT 1").execute().await().atMost(Duration.ofSeconds(2)).size()).isEqualTo(1);
        }
    }

    @Test
    void aFullPoolAnswersBusyAtOnceInsteadOfQueueing() throws Exception {
        GraphQLClient alice = GraphQLClient.as(Tokens.person(ALICE));
        alice.ok("{ me { email } }");
        List<CompletableFuture<?>> sleeping = sleep(3);   // both connections busy and the one waiting place taken
        long started = System.nanoTime();
        JsonPath busy = alice.fails("UNAVAILABLE", "{ partnerships(first: 1) { totalCount } }");
        System.out.printf("a request to a full pool (queue full) was answered in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(busy.getInt("errors[0].extensions.retryAfterSeconds")).isPositive();
        awaitAll(sleeping);
        alice.ok("{ partnerships(first: 1) { totalCount } }");
    }

    @Test
    void aRequestWaitingPastTheAcquireTimeoutIsAnsweredBusy() throws Exception {
        GraphQLClient alice = GraphQLClient.as(Tokens.person(ALICE));
        alice.ok("{ me { email } }");
        List<CompletableFuture<?>> sleeping = sleep(2);   // both connections busy for longer than the 500 ms wait
        long started = System.nanoTime();
        alice.fails("UNAVAILABLE", "{ partnerships(first: 1) { totalCount } }");
        System.out.printf("a request waiting for a connection was answered in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        awaitAll(sleeping);
        alice.ok("{ partnerships(first: 1) { totalCount } }");
    }

    private List<CompletableFuture<?>> sleep(int statements) throws InterruptedException {
        List<CompletableFuture<?>> sleeping = new ArrayList<>();
        for (int i = 0; i < statements; i++) {
            sleeping.add(pool.query("SELECT pg_sleep(0.9)").execute().subscribeAsCompletionStage().exceptionally(waitedTooLong -> null));
        }
        Thread.sleep(150);
        return sleeping;
    }

    private static void awaitAll(List<CompletableFuture<?>> futures) throws Exception {
        for (CompletableFuture<?> future : futures) {
            future.get();
        }
    }
}
