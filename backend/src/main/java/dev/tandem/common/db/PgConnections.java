package dev.tandem.common.db;

import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;

/** Where and as whom a connection of its own (outside the pool, without its statement timeout) connects. */
@ApplicationScoped
public class PgConnections {

    private final String url;
    private final String user;
    private final Optional<String> password;

    public PgConnections(@ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** New options each time: callers may adjust their copy. */
    public PgConnectOptions options() {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", "")).setUser(user);
        password.ifPresent(options::setPassword);
        return options;
    }
}
