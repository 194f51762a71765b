package dev.tandem.common.events;

import org.hibernate.FlushMode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The writing side of a change log (a table whose {@code seq} is drawn from a sequence): one writer at a time, so
 * that changes commit in {@code seq} order, and a wake-up for every replica at commit.
 */
public final class ChangeLogs {

    private ChangeLogs() {
    }

    /**
     * Makes this transaction the only writer of the log with this advisory lock key until it commits: taken before a
     * {@code seq} is drawn and held to the end, so a reader that has seen {@code seq} n has seen every change below it.
     * It runs without flushing: whatever the caller flushes before decides which rows it holds while it waits.
     */
    public static Uni<Void> lock(long key) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1)", Integer.class)
                .setParameter(1, key)
                .setFlushMode(FlushMode.MANUAL)
                .getSingleResult())
                .replaceWithVoid();
    }

    /** Wakes every replica's listener of this channel once the transaction commits (PostgreSQL delivers NOTIFY at commit). */
    public static Uni<Void> wake(String channel, long seq) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("SELECT pg_notify(?1, ?2)")
                .setParameter(1, channel)
                .setParameter(2, Long.toString(seq))
                .getSingleResult())
                .replaceWithVoid();
    }
}
