package dev.tandem.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;

class WaitingLineTest {

    /** Units of work that end when the test says so. */
    private final List<UniEmitter<? super String>> started = new ArrayList<>();
    private final AtomicInteger running = new AtomicInteger();
    private int mostAtOnce;

    private Uni<String> unit() {
        return Uni.createFrom().<String> emitter(emitter -> {
            started.add(emitter);
            mostAtOnce = Math.max(mostAtOnce, running.incrementAndGet());
        }).onTermination().invoke(running::decrementAndGet);
    }

    @Test
    void runsAtMostItsWidthAtOnceAndTheRestInOrder() {
        WaitingLine line = new WaitingLine(2);
        List<String> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            line.run(this::unit).subscribe().with(results::add);
        }
        assertEquals(2, started.size(), "two run, three wait");
        assertEquals(3, line.waiting());

        started.get(0).complete("a");
        assertEquals(3, started.size(), "a finished unit's place goes to the next in line");
        started.get(1).fail(new IllegalStateException("the database went away"));
        assertEquals(4, started.size(), "a failed unit gives its place back too");
        started.get(2).complete("c");
        started.get(3).complete("d");
        started.get(4).complete("e");

        assertEquals(List.of("a", "c", "d", "e"), results);
        assertEquals(2, mostAtOnce);
        assertEquals(0, line.waiting());
    }

    @Test
    void aCancelledUnitGivesItsPlaceBack() {
        WaitingLine line = new WaitingLine(1);
        var first = line.run(this::unit).subscribe().with(ignored -> {
        });
        line.run(this::unit).subscribe().with(ignored -> {
        });
        assertEquals(1, started.size());
        first.cancel();
        assertEquals(2, started.size());
        assertTrue(running.get() <= 1);
    }
}
