package dev.tandem.common.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import dev.tandem.common.db.Db;
import dev.tandem.common.db.PgListeners;
import dev.tandem.common.error.Unavailable;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;

/** A feed whose start meets a busy database, as when replicas start together: it keeps trying, then listens. */
@QuarkusTest
class ChangeFeedStartTest {

    private static final String CHANNEL = "tandem_test_busy_start";

    @Inject
    Vertx vertx;

    @Inject
    Db db;

    @Inject
    MeterRegistry registry;

    @Inject
    PgListeners listeners;

    @TestHTTPResource(management = true)
    URL management;

    /** A log with no changes whose newest change cannot be read while the database is busy. */
    private static final class BusyDatabase implements ChangeFeed.Source<Sequenced> {
        private volatile boolean busy = true;
        private final AtomicInteger reads = new AtomicInteger();

        @Override
        public Uni<Long> lastSeq() {
            reads.incrementAndGet();
            return busy ? Uni.createFrom().failure(new Unavailable("Tandem is busy; try again in a moment.", 1)) : Uni.createFrom().item(0L);
        }

        @Override
        public Uni<List<Sequenced>> after(long seq, int limit) {
            return Uni.createFrom().item(List.of());
        }
    }

    @Test
    void aStartThatMeetsABusyDatabaseIsTriedAgainUntilTheFeedListens() throws InterruptedException {
        BusyDatabase source = new BusyDatabase();
        ChangeFeed<Sequenced> feed = new ChangeFeed<>(CHANNEL, vertx, db, registry, source);
        feed.start(listeners);
        try {
            await(() -> source.reads.get() >= 3, "the start is tried again");
            assertThat(listenCheck()).as("not ready while the feed cannot start").containsEntry(CHANNEL, "not connected");

            source.busy = false;
            await(() -> "listening".equals(listenCheck().get(CHANNEL)), "the feed listens once its start is read");
        } finally {
            feed.stop();
        }
        assertThat(listenCheck()).as("a stopped feed no longer counts for readiness").doesNotContainKey(CHANNEL);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() < deadline).as(what).isTrue();
            Thread.sleep(100);
        }
    }

    /** The data of the LISTEN check of /q/health/ready: channel to "listening" or "not connected". */
    private Map<String, Object> listenCheck() {
        return given().get(management.toString().replaceAll("/+$", "") + "/health/ready").then().extract().jsonPath()
                .getMap("checks.find { it.name == 'LISTEN connections' }.data");
    }
}
