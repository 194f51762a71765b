package dev.tandem.common.events;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import dev.tandem.common.db.Db;
import dev.tandem.common.db.PgListeners;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.core.Vertx;

/**
 * Carries one change log's rows from the database to this replica's subscribers. Changes are stored rows;
 * PostgreSQL NOTIFY (sent at commit) only wakes every replica's listener, which then reads all changes after the
 * last one it saw. So nothing is lost: a missed or coalesced notification, or a LISTEN connection that dropped and
 * came back, is caught up by the next read. How long a change takes to reach the subscribers is the timer
 * {@value #LAG} (by channel): from the NOTIFY that woke this replica (or the LISTEN connection's return) until the
 * change was handed to every live subscriber's stream, which writes it to the socket as it receives it.
 */
public final class ChangeFeed<E extends Sequenced> {

    /** Where the feed reads its log, each call in a session of its own. */
    public interface Source<E> {

        /** The newest stored change's seq (0 without any). */
        Uni<Long> lastSeq();

        /** Up to {@code limit} stored changes after {@code seq}, oldest first, ready to deliver. */
        Uni<List<E>> after(long seq, int limit);
    }

    static final String LAG = "tandem.events.delivery.lag";
    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    private static final int PAGE = 500;
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration LAST_RETRY = Duration.ofSeconds(5);

    private final String channel;
    private final Vertx vertx;
    private final Db db;
    private final Source<E> source;
    private final BroadcastProcessor<E> live = BroadcastProcessor.create();
    private final Timer lag;

    private PgListeners.Listener listener;
    private volatile boolean stopped;
    private long lastSeq = -1;
    private boolean fetching;
    private boolean again;
    /** When the oldest wake-up not yet served arrived (System.nanoTime), 0 without one. */
    private long wokenAt;
    /** When the wake-up the running fetch serves arrived; a fetch of a further page serves the same one. */
    private long serving;

    public ChangeFeed(String channel, Vertx vertx, Db db, MeterRegistry registry, Source<E> source) {
        this.channel = channel;
        this.vertx = vertx;
        this.db = db;
        this.source = source;
        this.lag = Timer.builder(LAG)
                .description("From the NOTIFY of a change to its hand-over to every subscriber of this replica")
                .tag("channel", channel)
                .register(registry);
    }

    /**
     * Starts listening, from the newest stored change on. Reading that change is retried until it succeeds (a replica
     * that starts while the database is busy or away, beside others starting at once, say): until then the feed is
     * not listening, and the replica reports itself not ready.
     */
    public void start(PgListeners listeners) {
        listener = listeners.listener(channel); // counts for readiness from now on, connected once the start is read
        db.read(source::lastSeq)
                .onFailure().invoke(error -> LOG.warnf("Could not read the last change of %s; retrying: %s", channel, error.getMessage()))
                .onFailure(error -> !stopped).retry().withBackOff(FIRST_RETRY, LAST_RETRY).indefinitely()
                .subscribe().with(seq -> {
                    synchronized (this) {
                        lastSeq = seq;
                    }
                    // (re)listening: catch up on whatever happened while we were not
                    listener.connect(payload -> wake(), this::wake);
                }, error -> LOG.debugf("Stopped before the start of %s was read", channel));
    }

    public void stop() {
        stopped = true;
        if (listener != null) {
            listener.close();
        }
        live.onComplete();
    }

    /**
     * Changes as they happen on any replica, from now on. Each subscriber gets a queue that grows only while it lags
     * (a bounded one is an array allocated up front: 10,000 slots took 64 KB per subscriber, 640 MB for 10,000 of
     * them); a subscriber whose socket does not keep up is cut by the socket guard, not by this queue.
     */
    public Multi<E> live() {
        return live.onOverflow().bufferUnconditionally();
    }

    private synchronized void wake() {
        if (lastSeq < 0) {
            return; // still starting: the first read catches up
        }
        if (wokenAt == 0) {
            wokenAt = System.nanoTime();
        }
        if (fetching) {
            again = true;
            return;
        }
        fetching = true;
        fetch();
    }

    private void fetch() {
        long from;
        long since;
        synchronized (this) {
            from = lastSeq;
            if (wokenAt != 0) {
                serving = wokenAt;
                wokenAt = 0; // a wake-up from now on is timed from its own arrival
            }
            since = serving;
        }
        db.read(() -> source.after(from, PAGE)).subscribe().with(events -> {
            boolean more;
            synchronized (this) {
                for (E event : events) {
                    if (event.seq() > lastSeq) {
                        lastSeq = event.seq();
                        live.onNext(event);
                        lag.record(System.nanoTime() - since, TimeUnit.NANOSECONDS);
                    }
                }
                more = again || events.size() == PAGE;
                again = false;
                fetching = more;
            }
            if (more) {
                fetch();
            }
        }, error -> {
            LOG.errorf(error, "Could not read changes of %s; retrying", channel);
            vertx.setTimer(1000, id -> {
                synchronized (this) {
                    fetching = false;
                    if (wokenAt == 0 || since - wokenAt < 0) {
                        wokenAt = since; // the retry still serves the first wake-up
                    }
                }
                wake();
            });
        });
    }
}
