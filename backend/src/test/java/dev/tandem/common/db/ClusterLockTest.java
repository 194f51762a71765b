package dev.tandem.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;

/** Two replicas are two holders of the lock on their own connections; here they are two calls of one service. */
@QuarkusTest
class ClusterLockTest {

    @Inject
    ClusterLock lock;

    private final List<String> steps = new CopyOnWriteArrayList<>();

    /** Work that notes when it starts and ends, and takes a while in between. */
    private Uni<String> work(String who) {
        return Uni.createFrom().voidItem()
                .invoke(() -> steps.add(who + " starts"))
                .onItem().delayIt().by(Duration.ofMillis(400))
                .invoke(() -> steps.add(who + " ends"))
                .replaceWith(who);
    }

    @Test
    void workUnderOneNameRunsOneAtATimeAndReleasesTheLockWhenItEnds() {
        Uni<String> first = lock.holding("cluster-lock-test", () -> work("first"));
        Uni<String> second = lock.holding("cluster-lock-test", () -> work("second"));

        List<String> done = Uni.join().all(first, second).andFailFast().await().atMost(Duration.ofSeconds(10));

        assertThat(done).containsExactly("first", "second");
        assertThat(steps).hasSize(4);
        assertThat(steps.get(1)).as("the one that started first ends before the other starts: %s", steps).isEqualTo(steps.get(0).replace("starts", "ends"));
    }

    @Test
    void workUnderAnotherNameDoesNotWait() {
        Uni<String> first = lock.holding("cluster-lock-test-a", () -> work("first"));
        Uni<String> second = lock.holding("cluster-lock-test-b", () -> work("second"));

        Uni.join().all(first, second).andFailFast().await().atMost(Duration.ofSeconds(10));

        assertThat(steps.subList(0, 2)).as("both start before either ends: %s", steps).allMatch(step -> step.endsWith("starts"));
    }

    @Test
    void failedWorkReleasesTheLockToo() {
        Uni<String> failing = lock.holding("cluster-lock-test-f", () -> Uni.createFrom().failure(new IllegalStateException("no")));
        assertThat(failing.onFailure().recoverWithItem("failed").await().atMost(Duration.ofSeconds(5))).isEqualTo("failed");

        assertThat(lock.holding("cluster-lock-test-f", () -> work("after")).await().atMost(Duration.ofSeconds(5))).isEqualTo("after");
    }
}
