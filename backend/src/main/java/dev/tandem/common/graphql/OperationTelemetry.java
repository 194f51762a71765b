package dev.tandem.common.graphql;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.reactivestreams.Publisher;

import dev.tandem.common.db.Db;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Vertx;

/**
 * What production sees of every GraphQL operation: a span named as OpenTelemetry's GraphQL conventions say
 * ({@code query MetricsPage}, with {@code graphql.operation.type} and {@code graphql.operation.name}; never the
 * document or its variables), a child of the request's span, and a timer {@value #TIMER} tagged by type, operation
 * name (bounded: {@link OperationNames}) and outcome ({@code ok} or the first error's code). Installed last, so it
 * sees the codes {@link ErrorCodeInstrumentation} gave. A subscription is measured until its stream is handed to the
 * socket; its stream is then counted by {@link LiveSubscriptions}.
 */
class OperationTelemetry extends SimplePerformantInstrumentation {

    static final String TIMER = "tandem.graphql.operations";
    static final AttributeKey<String> OPERATION_TYPE = AttributeKey.stringKey("graphql.operation.type");
    static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("graphql.operation.name");
    private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    private static final Pattern CODE = Pattern.compile("[A-Z_]{1,32}");

    private final Tracer tracer;
    private final MeterRegistry registry;
    private final OperationNames names;
    private final LiveSubscriptions subscriptions;

    OperationTelemetry(Tracer tracer, MeterRegistry registry, int maxOperationNames) {
        this.tracer = tracer;
        this.registry = registry;
        this.names = new OperationNames(maxOperationNames);
        this.subscriptions = new LiveSubscriptions(registry);
    }

    /** One operation: its span, when it started, what it turned out to be, and whether it was already recorded. */
    private static final class Operation implements InstrumentationState {
        private final long started = System.nanoTime();
        private final AtomicBoolean recorded = new AtomicBoolean();
        private Span span;
        private io.vertx.core.Context request;
        private String type = "unknown";
        private String name;
        private String subscribedField;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Operation();
    }

    /** Starts the span before the document is parsed: parsing and validating are part of the operation's time. */
    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters, InstrumentationState state) {
        Operation operation = (Operation) state;
        operation.name = parameters.getExecutionInput().getOperationName(); // the client's word until the document says
        operation.span = tracer.spanBuilder("GraphQL Operation").setSpanKind(SpanKind.INTERNAL).startSpan();
        if (VertxContext.isOnDuplicatedContext()) {
            // an HTTP request's own context: the SQL statements of its fields become children of this span (Db hands it to
            // their sub-contexts). Not made current here: scopes opened and closed across the request's asynchronous
            // steps interleave with the HTTP span's own and cannot be closed in order.
            operation.request = Vertx.currentContext();
            operation.request.putLocal(Db.TRACE_PARENT, Context.current().with(operation.span));
        }
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> {
            if (failure != null) {
                record(operation, "INTERNAL");
            }
        });
    }

    /**
     * Names the operation once it is known. This hook, not beginExecuteOperation, because it runs for every operation
     * about to execute, also those the instrumentations before this one then refuse (over budget, too deep).
     */
    @Override
    public ExecutionContext instrumentExecutionContext(ExecutionContext execution, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        Operation operation = (Operation) state;
        OperationDefinition definition = execution.getOperationDefinition();
        operation.type = definition.getOperation().name().toLowerCase(Locale.ROOT);
        operation.name = definition.getName();
        operation.span.updateName(definition.getName() == null ? operation.type : operation.type + " " + definition.getName());
        operation.span.setAttribute(OPERATION_TYPE, operation.type);
        if (definition.getName() != null) {
            operation.span.setAttribute(OPERATION_NAME, definition.getName());
        }
        if (definition.getOperation() == OperationDefinition.Operation.SUBSCRIPTION
                && definition.getSelectionSet().getSelections().size() == 1
                && definition.getSelectionSet().getSelections().get(0) instanceof Field field) {
            operation.subscribedField = field.getName(); // a name of the schema: validated by now
        }
        return execution;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        Operation operation = (Operation) state;
        if (operation == null || operation.recorded.get()) {
            return CompletableFuture.completedFuture(result); // a subscription's event: its operation was recorded when it started
        }
        record(operation, outcome(result.getErrors()));
        if (operation.subscribedField != null && result.getData() instanceof Publisher<?> stream) {
            @SuppressWarnings("unchecked")
            Publisher<ExecutionResult> events = (Publisher<ExecutionResult>) stream;
            Publisher<ExecutionResult> counted = subscriptions.counted(operation.subscribedField, events);
            return CompletableFuture.completedFuture(result.transform(builder -> builder.data(counted)));
        }
        return CompletableFuture.completedFuture(result);
    }

    private void record(Operation operation, String outcome) {
        if (!operation.recorded.compareAndSet(false, true)) {
            return;
        }
        long nanos = System.nanoTime() - operation.started;
        if (!"ok".equals(outcome)) {
            operation.span.setAttribute(ERROR_TYPE, outcome);
            operation.span.setStatus(StatusCode.ERROR, outcome);
        }
        if (operation.request != null) {
            operation.request.removeLocal(Db.TRACE_PARENT);
        }
        operation.span.end();
        Timer.builder(TIMER)
                .description("GraphQL operations: queries and mutations until answered, subscriptions until their stream starts")
                .tags("type", operation.type, "operation", names.tag(operation.name), "outcome", outcome)
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** {@code ok}, or the code of the first error (every error has one by now; a code is the server's, never the client's). */
    private static String outcome(List<GraphQLError> errors) {
        if (errors.isEmpty()) {
            return "ok";
        }
        Object code = errors.get(0).getExtensions() == null ? null : errors.get(0).getExtensions().get("code");
        return code != null && CODE.matcher(code.toString()).matches() ? code.toString() : "INTERNAL";
    }
}
