package dev.tandem.common.graphql;

import java.util.List;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Installs the API's instrumentation on SmallRye's GraphQL engine: depth, complexity and alias limits
 * checked before execution, and one error shape for every failure. It replaces SmallRye's own chain,
 * which holds only the depth and complexity limits (left unset in configuration).
 */
@ApplicationScoped
public class GraphQLSetup {

    private final GraphQLLimits limits;

    public GraphQLSetup(GraphQLLimits limits) {
        this.limits = limits;
    }

    void configure(@Observes GraphQL.Builder builder) {
        builder.instrumentation(new ChainedInstrumentation(List.of(
                new AliasLimitInstrumentation(limits.maxAliases()),
                new MaxQueryDepthInstrumentation(limits.maxDepth()),
                new MaxQueryComplexityInstrumentation(limits.maxComplexity()),
                new ErrorCodeInstrumentation())));
    }
}
