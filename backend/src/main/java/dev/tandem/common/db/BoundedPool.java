package dev.tandem.common.db;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import jakarta.inject.Singleton;

/**
 * Makes the reactive connection pool fail fast instead of queueing without end: a bounded wait queue, a bounded
 * wait for a connection (Vert.x waits 30 s by default), and a statement timeout on every connection, so that a
 * slow statement is cancelled by PostgreSQL and its connection goes back to the pool.
 */
@Singleton
public class BoundedPool implements PgPoolCreator {

    private final DbLimits limits;

    public BoundedPool(DbLimits limits) {
        this.limits = limits;
    }

    @Override
    public Pool create(Input input) {
        PoolOptions pool = input.poolOptions()
                .setMaxWaitQueueSize(limits.maxWaiting())
                .setConnectionTimeout((int) limits.acquireTimeout().toMillis())
                .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS);
        for (PgConnectOptions connection : input.pgConnectOptionsList()) {
            connection.addProperty("statement_timeout", Long.toString(limits.statementTimeout().toMillis()));
            connection.addProperty("idle_in_transaction_session_timeout", Long.toString(limits.statementTimeout().toMillis() * 2));
        }
        return PgBuilder.pool().with(pool).connectingTo(List.<SqlConnectOptions>copyOf(input.pgConnectOptionsList())).using(input.vertx()).build();
    }
}
