package dev.tandem.common.graphql;

import java.util.List;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Installs the API's instrumentation on SmallRye's GraphQL engine: alias, depth and cost limits and each
 * caller's budget checked before validation and execution, and one error shape for every failure. It replaces
 * SmallRye's own chain; graphql-java's own depth and complexity instrumentation is not used, as it expands
 * fragments before counting (a small document of nested fragment spreads exhausts the heap).
 */
@ApplicationScoped
public class GraphQLSetup {

    private final GraphQLLimits limits;
    private final CostBudgets budgets;

    public GraphQLSetup(GraphQLLimits limits) {
        this.limits = limits;
        this.budgets = new CostBudgets(limits.budget(), limits.budgetRestorePerSecond(), System::nanoTime);
    }

    void configure(@Observes GraphQL.Builder builder) {
        builder.instrumentation(new ChainedInstrumentation(List.of(
                new AliasLimitInstrumentation(limits.maxAliases()),
                new AliasedArgumentsInstrumentation(),
                new IntrospectionGate(),
                new CostInstrumentation(limits, budgets),
                new DeadlineInstrumentation(limits.deadline()),
                new ErrorCodeInstrumentation())));
    }
}
