package dev.tandem.common.events;

import java.util.List;

import org.jboss.logging.Logger;

import dev.tandem.common.db.Db;
import dev.tandem.common.db.PgListeners;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.core.Vertx;
import io.vertx.pgclient.pubsub.PgSubscriber;

/**
 * Carries one change log's rows from the database to this replica's subscribers. Changes are stored rows;
 * PostgreSQL NOTIFY (sent at commit) only wakes every replica's listener, which then reads all changes after the
 * last one it saw. So nothing is lost: a missed or coalesced notification, or a LISTEN connection that dropped and
 * came back, is caught up by the next read.
 */
public final class ChangeFeed<E extends Sequenced> {

    /** Where the feed reads its log, each call in a session of its own. */
    public interface Source<E> {

        /** The newest stored change's seq (0 without any). */
        Uni<Long> lastSeq();

        /** Up to {@code limit} stored changes after {@code seq}, oldest first, ready to deliver. */
        Uni<List<E>> after(long seq, int limit);
    }

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    private static final int PAGE = 500;

    private final String channel;
    private final Vertx vertx;
    private final Db db;
    private final Source<E> source;
    private final BroadcastProcessor<E> live = BroadcastProcessor.create();

    private PgSubscriber subscriber;
    private long lastSeq = -1;
    private boolean fetching;
    private boolean again;

    public ChangeFeed(String channel, Vertx vertx, Db db, Source<E> source) {
        this.channel = channel;
        this.vertx = vertx;
        this.db = db;
        this.source = source;
    }

    /** Starts listening, from the newest stored change on. */
    public void start(PgListeners listeners) {
        subscriber = listeners.subscriber();
        subscriber.channel(channel)
                .handler(payload -> wake())
                .subscribeHandler(ignored -> wake()); // (re)listening: catch up on whatever happened while we were not
        subscriber.closeHandler(ignored -> LOG.warnf("The LISTEN connection of %s closed; reconnecting", channel));
        db.read(source::lastSeq).subscribe().with(seq -> {
            synchronized (this) {
                lastSeq = seq;
            }
            subscriber.connect().onFailure(error -> LOG.errorf(error, "LISTEN connection of %s failed; retrying", channel));
        }, error -> LOG.errorf(error, "Could not read the last change of %s", channel));
    }

    public void stop() {
        if (subscriber != null) {
            subscriber.close();
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
        if (fetching) {
            again = true;
            return;
        }
        fetching = true;
        fetch();
    }

    private void fetch() {
        long from;
        synchronized (this) {
            from = lastSeq;
        }
        db.read(() -> source.after(from, PAGE)).subscribe().with(events -> {
            boolean more;
            synchronized (this) {
                for (E event : events) {
                    if (event.seq() > lastSeq) {
                        lastSeq = event.seq();
                        live.onNext(event);
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
                }
                wake();
            });
        });
    }
}
