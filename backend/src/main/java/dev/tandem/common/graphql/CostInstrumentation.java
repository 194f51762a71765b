package dev.tandem.common.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.tandem.common.graphql.CostBudgets.Charge;
import dev.tandem.common.graphql.QueryCost.Estimate;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;

/**
 * Prices every request before it runs, and a document seen for the first time also before it is validated
 * ({@link QueryCost}: the document with its variables), and refuses it when it is too deep, costs more than one query
 * may, or costs more than its caller's budget holds ({@link CostBudgets}); every answer then tells the caller in
 * {@code extensions.cost} what the query cost and what is left. Signed-out callers may only ask for very little:
 * anything costly happens after sign-in. A document from the cache ({@link DocumentCache}) is priced all the same.
 */
class CostInstrumentation extends SimplePerformantInstrumentation {

    private final GraphQLLimits limits;
    private final CostBudgets budgets;

    CostInstrumentation(GraphQLLimits limits, CostBudgets budgets) {
        this.limits = limits;
        this.budgets = budgets;
    }

    /** What this request was charged, for its answer's extensions. */
    private static final class Charged implements InstrumentationState {
        private Charge charge;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Charged();
    }

    /**
     * A document seen for the first time is priced before graphql-java validates it (validating a huge document is
     * itself costly); a cached one is not validated again, and is priced before it runs.
     */
    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters, InstrumentationState state) {
        refuseOverLimits(QueryCost.of(parameters.getSchema(), parameters.getDocument(), parameters.getVariables()), BudgetKey.current());
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        Estimate estimate = QueryCost.of(execution.getGraphQLSchema(), execution.getDocument(), execution.getExecutionInput().getVariables());
        BudgetKey caller = BudgetKey.current();
        refuseOverLimits(estimate, caller);
        Charge charge = budgets.charge(caller.key(), estimate.cost());
        ((Charged) state).charge = charge;
        if (!charge.granted()) {
            throw Refusal.overLimit("Over your query budget: this query costs " + charge.cost() + " and " + charge.remaining()
                    + " is left. Try again in " + charge.retryAfterSeconds() + " s.",
                    Map.of("cost", charge.cost(), "retryAfterSeconds", charge.retryAfterSeconds(), "throttleStatus", throttleStatus(charge)));
        }
        return SimpleInstrumentationContext.noOp();
    }

    private void refuseOverLimits(Estimate estimate, BudgetKey caller) {
        if (estimate.depth() > limits.maxDepth()) {
            throw Refusal.overLimit("The query is " + estimate.depth() + " levels deep; at most " + limits.maxDepth() + " are allowed.",
                    Map.of("depth", estimate.depth(), "maxDepth", limits.maxDepth()));
        }
        // a query may never cost more than a whole budget holds
        long maxCost = Math.min(caller.signedIn() ? limits.maxCost() : limits.maxCostSignedOut(), limits.budget());
        if (estimate.cost() > maxCost) {
            throw Refusal.overLimit("The query's cost is " + estimate.cost() + "; at most " + maxCost + " is allowed"
                    + (caller.signedIn() ? "" : " before you sign in") + ". Ask for smaller pages (first/last) or fewer fields.",
                    Map.of("cost", estimate.cost(), "maxCost", maxCost));
        }
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        Charge charge = state instanceof Charged charged ? charged.charge : null;
        if (charge == null || !charge.granted()) {
            return CompletableFuture.completedFuture(result);
        }
        Map<Object, Object> extensions = result.getExtensions() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(result.getExtensions());
        extensions.put("cost", Map.of("requestedQueryCost", charge.cost(), "throttleStatus", throttleStatus(charge)));
        return CompletableFuture.completedFuture(result.transform(builder -> builder.extensions(extensions)));
    }

    private static Map<String, Object> throttleStatus(Charge charge) {
        return Map.of("maximumAvailable", charge.capacity(), "currentlyAvailable", charge.remaining(), "restoreRate", charge.restorePerSecond());
    }
}
