package dev.tandem.common.db;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * LISTEN connections to Tandem's database, for the features that are woken by NOTIFY (status changes, governance
 * changes, ended sessions): one dedicated connection each, outside the pool, that reconnects by itself after a drop.
 * Each one's state is a gauge ({@value #CONNECTED}, 1 while it listens) with a counter of its reconnects
 * ({@value #RECONNECTS}), and ListenReadiness reports the replica not ready while one is not listening.
 */
@ApplicationScoped
public class PgListeners {

    static final String CONNECTED = "tandem.listen.connected";
    static final String RECONNECTS = "tandem.listen.reconnects";
    private static final Logger LOG = Logger.getLogger(PgListeners.class);

    private final Vertx vertx;
    private final MeterRegistry registry;
    private final PgConnections connections;
    private final List<Listener> all = new CopyOnWriteArrayList<>();

    public PgListeners(Vertx vertx, MeterRegistry registry, PgConnections connections) {
        this.vertx = vertx;
        this.registry = registry;
        this.connections = connections;
    }

    /**
     * A listener of {@code channel}, not yet connected: from now on it counts for readiness, so call this when the
     * feature starts, also if it connects only later.
     */
    public Listener listener(String channel) {
        Listener listener = new Listener(channel);
        all.add(listener);
        return listener;
    }

    /** Every listener created so far. */
    List<Listener> all() {
        return all;
    }

    /** One channel's LISTEN connection. */
    public final class Listener {

        private final String channel;
        private final Counter reconnects;
        private PgSubscriber subscriber;
        private volatile PgConnection listeningOn;

        private Listener(String channel) {
            this.channel = channel;
            this.reconnects = Counter.builder(RECONNECTS).description("Times a LISTEN connection was re-established after a drop")
                    .tag("channel", channel).register(registry);
            Gauge.builder(CONNECTED, this, listener -> listener.listening() ? 1 : 0).description("1 while the LISTEN connection listens, else 0")
                    .tag("channel", channel).register(registry);
        }

        /**
         * Connects, and retries after 200 ms, 400 ms … then every 2 s, for as long as it takes: {@code notified} gets each
         * NOTIFY's payload, {@code listening} runs each time LISTEN is (re)established, to catch up on what was missed.
         */
        public void connect(Consumer<String> notified, Runnable listening) {
            PgConnectOptions options = connections.options();
            options.setTracingPolicy(TracingPolicy.IGNORE); // a LISTEN is no request's work: no span for it
            subscriber = PgSubscriber.subscriber(vertx, options)
                    .reconnectPolicy(attempts -> attempts < 10 ? 200L * (attempts + 1) : 2000L);
            subscriber.channel(channel)
                    .handler(notified::accept)
                    .subscribeHandler(ignored -> {
                        listened();
                        listening.run();
                    });
            subscriber.connect().onFailure(error -> LOG.errorf(error, "LISTEN connection of %s failed; retrying", channel));
        }

        private void listened() {
            if (listeningOn != null) {
                reconnects.increment();
                LOG.infof("LISTEN connection of %s re-established", channel);
            }
            listeningOn = subscriber.actualConnection();
        }

        /**
         * Whether LISTEN is in place on the subscriber's current connection. The subscriber reports no drop (it only
         * reconnects), so this compares connections: after a drop it has none, then a new one that listens once LISTEN ran.
         */
        public boolean listening() {
            PgConnection on = listeningOn;
            return on != null && subscriber != null && subscriber.actualConnection() == on;
        }

        public String channel() {
            return channel;
        }

        /** Stops listening; a closed listener no longer counts for readiness. */
        public void close() {
            all.remove(this);
            if (subscriber != null) {
                subscriber.close();
            }
        }
    }
}
