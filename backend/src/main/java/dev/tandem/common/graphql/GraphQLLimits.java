package dev.tandem.common.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits every GraphQL request is held to before it runs (parser token limits are Quarkus settings). */
@ConfigMapping(prefix = "tandem.graphql")
public interface GraphQLLimits {

    /** Deepest nesting of selections a query may have. */
    @WithDefault("12")
    int maxDepth();

    /** Highest complexity (one point per field) a query may have. */
    @WithDefault("500")
    int maxComplexity();

    /** Most aliases one document may use (aliases multiply work cheaply). */
    @WithDefault("30")
    int maxAliases();

    /** How long a WebSocket may stay open without sending connection_init before it is closed (4408). */
    @WithDefault("10S")
    java.time.Duration connectionInitTimeout();

    /** Largest page a connection may return ({@code first}). */
    @WithDefault("100")
    int maxPageSize();
}
