package dev.tandem.common.graphql;

import java.time.Duration;

/**
 * Limits every GraphQL request is held to before it runs (parser token limits are Quarkus settings): the
 * {@code tandem.graphql} group of {@link dev.tandem.common.config.TandemConfig}; defaults in application.properties.
 */
public interface GraphQLLimits {

    /** Deepest nesting of selections a query may have. */
    int maxDepth();

    /**
     * Highest cost one query may have once signed in (see QueryCost: a point per field, lists times their page size);
     * GitHub's node limit is the model. The plan page costs 33,516; every version's whole tree through `plans`, about 334,000.
     */
    long maxCost();

    /** Highest cost one query may have before sign-in: enough for {@code me}, nothing costly. */
    long maxCostSignedOut();

    /** The most cost points a caller's budget holds (a leaky bucket per integrator client, person or address, per replica). */
    long budget();

    /** Cost points that flow back into every caller's budget per second. */
    long budgetRestorePerSecond();

    /** How long a query or mutation may run before its unfinished fields fail with LIMIT_EXCEEDED. */
    Duration deadline();

    /** Most aliases one document may use (aliases multiply work cheaply). */
    int maxAliases();

    /** How long a WebSocket may stay open without sending connection_init before it is closed (4408). */
    Duration connectionInitTimeout();

    /** Bytes a WebSocket client may leave unread before its socket is closed (1008): what one slow reader may cost. */
    long maxUnsentBytesPerSocket();

    /** How long a socket closed as too slow has to read its close frame before the connection is cut. */
    Duration slowSocketGrace();

    /** Subscriptions one WebSocket may hold at once. */
    int maxSubscriptionsPerSocket();

    /** Largest page a connection may return ({@code first}). */
    int maxPageSize();

    /** Distinct operation names the operations' timer keeps as tags (names come from clients); later ones count as "other". */
    int maxOperationNames();
}
