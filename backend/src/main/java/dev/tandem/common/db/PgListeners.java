package dev.tandem.common.db;

import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * LISTEN connections to Tandem's database, for the features that are woken by NOTIFY (status changes, ended
 * sessions): one dedicated connection each, outside the pool, that reconnects by itself after a drop. ClusterLock's
 * connections connect the same way.
 */
@ApplicationScoped
public class PgListeners {

    private final Vertx vertx;
    private final String url;
    private final String user;
    private final Optional<String> password;

    public PgListeners(Vertx vertx,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** A subscriber not yet connected: retries after 200 ms, 400 ms … then every 2 s, for as long as it takes. */
    public PgSubscriber subscriber() {
        return PgSubscriber.subscriber(vertx, options())
                .reconnectPolicy(attempts -> attempts < 10 ? 200L * (attempts + 1) : 2000L);
    }

    /** Where and as whom a dedicated connection (outside the pool, without its statement timeout) connects. */
    PgConnectOptions options() {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", "")).setUser(user);
        password.ifPresent(options::setPassword);
        return options;
    }
}
