package dev.tandem.common.config;

import java.util.Map;
import java.util.Optional;

import dev.tandem.common.db.DbLimits;
import dev.tandem.common.graphql.GraphQLLimits;
import dev.tandem.common.security.SecuritySettings;
import io.smallrye.config.ConfigMapping;

/**
 * Tandem's own settings, every {@code tandem.*} key in one mapping. Each default is declared once, in
 * application.properties beside the environment variable that overrides it (README's table lists them):
 * none here in Java, so a key missing there fails the start instead of quietly taking a second default.
 */
@ConfigMapping(prefix = "tandem")
public interface TandemConfig {

    /** The public address of the service: a browser WebSocket upgrade must come from this origin (or the request's own). */
    String publicUrl();

    /** The data set loaded at start: {@code demo}, or none. */
    Optional<String> dataSet();

    /** Limits every GraphQL request and WebSocket is held to. */
    GraphQLLimits graphql();

    /** How long database work may take, and how many requests may wait for a connection. */
    DbLimits db();

    /** Which tokens are accepted and how long ended sessions are remembered. */
    SecuritySettings security();

    /**
     * Where a test run's Keycloak and PostgreSQL are ({@code -Dtandem.test.*}, set by ./tandem test and read by the
     * tests' TestSettings, never by the service). Named here because every other key under {@code tandem.} must be
     * one of the above: a misspelt setting fails the start instead of being ignored.
     */
    Map<String, String> test();
}
