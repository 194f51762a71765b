package dev.tandem.common.graphql;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import dev.tandem.common.error.LimitExceeded;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;

/**
 * Gives every query and mutation a deadline (GitHub's is 10 s): a field that starts after it, or that is still
 * waiting when it passes, fails with {@code LIMIT_EXCEEDED}, and the fields already resolved are answered. Work
 * still running in the database is bounded by the statement timeout (see common/db/BoundedPool). Subscriptions
 * live as long as their socket, so their events have no deadline.
 */
class DeadlineInstrumentation extends SimplePerformantInstrumentation {

    private final Duration limit;

    DeadlineInstrumentation(Duration limit) {
        this.limit = limit;
    }

    /** When the running operation must be done; none until it starts, and none for a subscription. */
    private static final class Deadline implements InstrumentationState {
        private volatile long at = Long.MAX_VALUE;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Deadline();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        if (parameters.getExecutionContext().getOperationDefinition().getOperation() != OperationDefinition.Operation.SUBSCRIPTION) {
            ((Deadline) state).at = System.nanoTime() + limit.toNanos();
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        Deadline deadline = (Deadline) state;
        if (deadline == null || deadline.at == Long.MAX_VALUE || parameters.isTrivialDataFetcher()) {
            return fetcher; // reading a property of an object already fetched takes no time worth a deadline
        }
        return environment -> {
            long remaining = deadline.at - System.nanoTime();
            if (remaining <= 0) {
                throw passed();
            }
            Object value = fetcher.get(environment);
            if (value instanceof CompletionStage<?> stage && !stage.toCompletableFuture().isDone()) {
                CompletableFuture<?> future = stage.toCompletableFuture();
                CompletableFuture.delayedExecutor(remaining, TimeUnit.NANOSECONDS).execute(() -> future.completeExceptionally(passed()));
                return future;
            }
            return value;
        };
    }

    private LimitExceeded passed() {
        return new LimitExceeded(null, "The request ran past its deadline of " + limit.toSeconds() + " s; ask for less at once.");
    }
}
