package dev.tandem.common.graphql;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits every GraphQL request is held to before it runs (parser token limits are Quarkus settings). */
@ConfigMapping(prefix = "tandem.graphql")
public interface GraphQLLimits {

    /** Deepest nesting of selections a query may have. */
    @WithDefault("12")
    int maxDepth();

    /**
     * Highest cost one query may have once signed in (see QueryCost: a point per field, lists times their page size);
     * GitHub's node limit is the model. The costliest screen, the plan page (every version of the plan), costs 334,328.
     */
    @WithDefault("1000000")
    long maxCost();

    /** Highest cost one query may have before sign-in: enough for {@code me}, nothing costly. */
    @WithDefault("50")
    long maxCostSignedOut();

    /** The most cost points a caller's budget holds (a leaky bucket per integrator client, person or address, per replica). */
    @WithDefault("5000000")
    long budget();

    /** Cost points that flow back into every caller's budget per second. */
    @WithDefault("500000")
    long budgetRestorePerSecond();

    /** How long a query or mutation may run before its unfinished fields fail with LIMIT_EXCEEDED. */
    @WithDefault("10S")
    Duration deadline();

    /** Most aliases one document may use (aliases multiply work cheaply). */
    @WithDefault("30")
    int maxAliases();

    /** How long a WebSocket may stay open without sending connection_init before it is closed (4408). */
    @WithDefault("10S")
    Duration connectionInitTimeout();

    /** Bytes a WebSocket client may leave unread before its socket is closed (1008): what one slow reader may cost. */
    @WithDefault("1048576")
    long maxUnsentBytesPerSocket();

    /** Subscriptions one WebSocket may hold at once. */
    @WithDefault("20")
    int maxSubscriptionsPerSocket();

    /** Largest page a connection may return ({@code first}). */
    @WithDefault("100")
    int maxPageSize();
}
