package dev.tandem.common.db;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long database work may take, and how many requests may wait for a connection. */
@ConfigMapping(prefix = "tandem.db")
public interface DbLimits {

    /** The longest one SQL statement may run before PostgreSQL cancels it (its {@code statement_timeout}). */
    @WithDefault("5S")
    Duration statementTimeout();

    /** How long a request waits for a free connection before it is answered "busy". */
    @WithDefault("2S")
    Duration acquireTimeout();

    /** How many requests may wait for a connection at once; past it they are answered "busy" at once. */
    @WithDefault("200")
    int maxWaiting();
}
