package dev.tandem.common.db;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Lets at most {@code width} units of work run at once; the others wait in line, in order, in memory. A unit that
 * waited starts on the Vert.x context it was submitted from, so it keeps its request's locals. A cancelled unit
 * gives its place back when it ends.
 */
final class WaitingLine {

    private final int width;
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private int running;

    WaitingLine(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1");
        }
        this.width = width;
    }

    <T> Uni<T> run(Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> {
            Context origin = Vertx.currentContext();
            AtomicBoolean ended = new AtomicBoolean();
            AtomicReference<Cancellable> unit = new AtomicReference<>();
            emitter.onTermination(() -> {
                ended.set(true);
                Cancellable running = unit.get();
                if (running != null) {
                    running.cancel(); // no-op once the unit has ended
                }
            });
            Runnable start = () -> {
                if (ended.get()) {
                    done(); // cancelled while it waited: the next one's turn
                    return;
                }
                unit.set(work.get()
                        .onTermination().invoke(this::done)
                        .subscribe().with(emitter::complete, emitter::fail));
            };
            synchronized (this) {
                if (running >= width) {
                    waiting.add(origin == null ? start : () -> origin.runOnContext(ignored -> start.run()));
                    return;
                }
                running++;
            }
            start.run();
        });
    }

    /** How many units wait for their turn. */
    synchronized int waiting() {
        return waiting.size();
    }

    private void done() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                running--;
                return;
            }
        }
        next.run(); // the finished unit's place passes to the next in line
    }
}
