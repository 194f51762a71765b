package dev.tandem.common.graphql;

import java.util.List;

import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/**
 * Keeps SmallRye's cache of parsed and validated documents filling. SmallRye's engine looks every document up in its
 * {@link QueryCache} (graphql-java's preparsed-document provider), but stores a document only when the cache's own
 * instrumentation sees it validate; installing the API's instrumentation replaces SmallRye's chain, so this hands the
 * validation back to the request's cache. A document the clients send again, such as a page's query, is then parsed
 * and validated once. What depends on the request (cost and budget, introspection) is checked before execution.
 */
class DocumentCache extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters, InstrumentationState state) {
        SmallRyeContext context = parameters.getExecutionInput().getGraphQLContext().get(SmallRyeContextManager.CONTEXT);
        QueryCache cache = context == null ? null : context.getQueryCache();
        return cache == null ? SimpleInstrumentationContext.noOp() : cache.beginValidation(parameters, state);
    }
}
