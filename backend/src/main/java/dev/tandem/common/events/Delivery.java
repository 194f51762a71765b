package dev.tandem.common.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.tandem.common.error.ValidationFailed;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * One subscriber's stream of a change log: the stored changes after {@code after} replayed first, in order, then
 * live ones, each delivered once. Live changes wait while the replay runs.
 */
public final class Delivery<E extends Sequenced, V> {

    /** The most stored changes one subscription replays; past it the stream completes and the client resumes with {@code after}. */
    public static final int MAX_REPLAY = 1000;

    private final Function<E, V> view;
    private final MultiEmitter<? super V> emitter;
    private final List<E> waiting = new ArrayList<>();
    private long delivered;
    private boolean replaying = true;

    private Delivery(Function<E, V> view, MultiEmitter<? super V> emitter, long afterSeq) {
        this.view = view;
        this.emitter = emitter;
        this.delivered = afterSeq;
    }

    /**
     * The stream: {@code replay} reads up to {@link #MAX_REPLAY} stored changes after {@code afterSeq} (not called
     * when {@code afterSeq} is negative: nothing to replay); {@code view} turns a change into what this subscriber
     * receives, or null when it is not for this subscriber (access is checked per change there).
     */
    public static <E extends Sequenced, V> Multi<V> stream(Multi<E> live, long afterSeq, Function<Long, Uni<List<E>>> replay, Function<E, V> view) {
        return Multi.createFrom().emitter(emitter -> {
            Delivery<E, V> delivery = new Delivery<>(view, emitter, afterSeq);
            Cancellable listening = live.subscribe().with(delivery::live, emitter::fail);
            emitter.onTermination(listening::cancel);
            if (afterSeq < 0) {
                delivery.replayed(List.of());
            } else {
                replay.apply(afterSeq).subscribe().with(delivery::replayed, emitter::fail);
            }
        });
    }

    /** A subscription's {@code after} argument: a change's id, or null for "from now on" (-1). */
    public static long parseAfter(String after, String message) {
        if (after == null) {
            return -1;
        }
        try {
            long seq = Long.parseLong(after);
            if (seq < 0) {
                throw new NumberFormatException(after);
            }
            return seq;
        } catch (NumberFormatException e) {
            throw new ValidationFailed("after", message);
        }
    }

    private synchronized void live(E event) {
        if (replaying) {
            waiting.add(event);
        } else {
            deliver(event);
        }
    }

    private synchronized void replayed(List<E> events) {
        events.forEach(this::deliver);
        if (events.size() >= MAX_REPLAY) {
            // more may be stored than one subscription replays: live events would leave a gap, so the client
            // resubscribes with the last id it received and gets the rest
            emitter.complete();
            return;
        }
        waiting.forEach(this::deliver);
        waiting.clear();
        replaying = false;
    }

    private void deliver(E event) {
        if (event.seq() <= delivered) {
            return;
        }
        V shown = view.apply(event);
        if (shown == null) {
            return;
        }
        delivered = event.seq();
        emitter.emit(shown);
    }
}
