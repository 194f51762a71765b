package dev.tandem.common.graphql;

import java.util.List;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Installs the API's instrumentation on SmallRye's GraphQL engine: alias limits checked before validation (once per
 * document, which is then cached), depth, cost, each caller's budget and introspection checked before every
 * execution, one error shape for every failure, and a span and a timer per operation (OperationTelemetry). It
 * replaces SmallRye's own chain (DocumentCache keeps its document cache working); graphql-java's own depth and
 * complexity instrumentation is not used, as it expands fragments before counting (a small document of nested
 * fragment spreads exhausts the heap).
 */
@ApplicationScoped
@Unremovable // looked up by GraphQLEngineHook, which CDI does not see
public class GraphQLSetup {

    private final GraphQLLimits limits;
    private final CostBudgets budgets;
    private final OperationTelemetry telemetry;

    public GraphQLSetup(GraphQLLimits limits, Tracer tracer, MeterRegistry registry) {
        this.limits = limits;
        this.budgets = new CostBudgets(limits.budget(), limits.budgetRestorePerSecond(), System::nanoTime);
        this.telemetry = new OperationTelemetry(tracer, registry, limits.maxOperationNames());
    }

    /** Called by {@link GraphQLEngineHook} while SmallRye builds its engine. */
    void install(GraphQL.Builder builder) {
        builder.instrumentation(new ChainedInstrumentation(List.of(
                new AliasLimitInstrumentation(limits.maxAliases()),
                new AliasedArgumentsInstrumentation(),
                new DocumentCache(), // after the document's own checks: a refused document is not cached
                new IntrospectionGate(),
                new CostInstrumentation(limits, budgets),
                new DeadlineInstrumentation(limits.deadline()),
                new ErrorCodeInstrumentation(),
                telemetry))); // last: it sees every error's code
    }
}
