package dev.tandem.common.db;

import io.vertx.core.Vertx;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * LISTEN connections to Tandem's database, for the features that are woken by NOTIFY (status changes, ended
 * sessions): one dedicated connection each, outside the pool, that reconnects by itself after a drop.
 */
@ApplicationScoped
public class PgListeners {

    private final Vertx vertx;
    private final PgConnections connections;

    public PgListeners(Vertx vertx, PgConnections connections) {
        this.vertx = vertx;
        this.connections = connections;
    }

    /** A subscriber not yet connected: retries after 200 ms, 400 ms … then every 2 s, for as long as it takes. */
    public PgSubscriber subscriber() {
        return PgSubscriber.subscriber(vertx, connections.options())
                .reconnectPolicy(attempts -> attempts < 10 ? 200L * (attempts + 1) : 2000L);
    }
}
