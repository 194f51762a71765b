package dev.tandem.common.db;

import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Work that one replica at a time may do, such as loading a data set when several replicas start together on an
 * empty database. The replica holds a PostgreSQL advisory lock named after the work on a connection of its own
 * (outside the pool, without a statement timeout, so it waits as long as the other replica works) for as long as
 * the work runs; a replica that dies meanwhile loses its connection, and with it the lock. The connection is one
 * more than the pool's while the work runs: loading the demo data set, at start, before the pool is busy.
 */
@ApplicationScoped
public class ClusterLock {

    private final Vertx vertx;
    private final PgConnections connections;

    public ClusterLock(Vertx vertx, PgConnections connections) {
        this.vertx = vertx;
        this.connections = connections;
    }

    /** Runs {@code work} once no other replica runs work under the same {@code name}, and holds them off until it ends. */
    public <T> Uni<T> holding(String name, Supplier<Uni<T>> work) {
        return PgConnection.connect(vertx, connections.options())
                .chain(connection -> connection.preparedQuery("SELECT pg_advisory_lock(hashtext($1))").execute(Tuple.of("tandem:" + name))
                        .chain(work::get)
                        .eventually(connection::close));
    }
}
