package dev.tandem.common.db;

import java.time.Duration;

/**
 * How long database work may take, and how many requests may wait for a connection: the {@code tandem.db} group
 * of {@link dev.tandem.common.config.TandemConfig}; defaults in application.properties.
 */
public interface DbLimits {

    /** The longest one SQL statement may run before PostgreSQL cancels it (its {@code statement_timeout}). */
    Duration statementTimeout();

    /** How long a request waits for a free connection before it is answered "busy". */
    Duration acquireTimeout();

    /** How many requests may wait for a connection at once; past it they are answered "busy" at once. */
    int maxWaiting();

    /** How many reads that may wait their turn (subscriptions' starts: Db.readInTurn) use connections at once. */
    int patientReads();
}
