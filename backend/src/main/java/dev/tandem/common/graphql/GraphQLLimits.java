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

    /** Largest page a connection may return ({@code first}). */
    @WithDefault("100")
    int maxPageSize();
}
