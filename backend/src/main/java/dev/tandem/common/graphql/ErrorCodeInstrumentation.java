package dev.tandem.common.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

import dev.tandem.common.error.TandemException;
import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.InvalidSyntaxError;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import jakarta.persistence.OptimisticLockException;

/**
 * Gives every error of a response an {@code extensions.code} (and {@code field} for bad input), and makes
 * sure no stack trace, SQL or class name leaves the server: unexpected failures are logged here and
 * answered with a plain {@code INTERNAL}.
 */
class ErrorCodeInstrumentation extends SimplePerformantInstrumentation {

    private static final Logger LOG = Logger.getLogger(ErrorCodeInstrumentation.class);

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors().stream()
                .filter(error -> !consequenceOfAnother(error, result.getErrors()))
                .map(error -> InvalidArgument.of(error, parameters).orElseGet(() -> coded(error)))
                .toList();
        ExecutionResult.Builder<?> coded = ExecutionResult.newExecutionResult().errors(errors).extensions(result.getExtensions());
        if (result.isDataPresent()) {
            coded.data(result.getData());
        }
        return CompletableFuture.completedFuture(coded.build());
    }

    /** "A non-null field returned null" after a field already failed says nothing new; alone, it is a bug and stays INTERNAL. */
    private static boolean consequenceOfAnother(GraphQLError error, List<GraphQLError> all) {
        return error instanceof graphql.execution.NonNullableFieldWasNullError
                && all.stream().anyMatch(other -> !(other instanceof graphql.execution.NonNullableFieldWasNullError));
    }

    /** Messages of the engine may name Java types; clients get the sense without them. */
    static String sanitize(String message) {
        if (message == null) {
            return "Invalid request.";
        }
        return message
                .replaceAll("'?Unknown Scalar Type \\[[^\\]]*\\]'?", "the expected type")
                .replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.){2,}[A-Z][\\w$]*", "a value");
    }

    static GraphQLError coded(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return fromException(error, fetching.getException());
        }
        if (error instanceof AbortExecutionException abort) {
            Object code = abort.getExtensions() == null ? null : abort.getExtensions().get("code");
            return rebuild(error, sanitize(error.getMessage()), code == null ? "LIMIT_EXCEEDED" : code.toString(), null, abort.getExtensions());
        }
        if (error instanceof InvalidSyntaxError) {
            boolean tooLarge = error.getMessage() != null && error.getMessage().contains("parsing has been cancelled");
            return rebuild(error, sanitize(error.getMessage()), tooLarge ? "LIMIT_EXCEEDED" : "VALIDATION", null);
        }
        if (error.getExtensions() != null && error.getExtensions().get("code") != null) {
            return rebuild(error, sanitize(error.getMessage()), String.valueOf(error.getExtensions().get("code")),
                    (String) error.getExtensions().get("field"));
        }
        ErrorClassification type = error.getErrorType();
        boolean badRequest = type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax
                || "ValidationError".equals(String.valueOf(type));
        return rebuild(error, sanitize(error.getMessage()), badRequest ? "VALIDATION" : "INTERNAL", null);
    }

    private static GraphQLError fromException(GraphQLError error, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TandemException known) {
                return rebuild(error, known.getMessage(), known.code(), known.field(), known.details());
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return rebuild(error, "Someone else changed this in the meantime; reload and try again.", "CONFLICT", null);
            }
        }
        LOG.errorf(failure, "Unexpected failure at %s", error.getPath());
        return rebuild(error, "Internal error.", "INTERNAL", null);
    }

    static GraphQLError rebuild(GraphQLError error, String message, String code, String field) {
        return rebuild(error, message, code, field, null);
    }

    /** The error with its code, field and any further figures the failure carries (a limit's cost, a wait). */
    private static GraphQLError rebuild(GraphQLError error, String message, String code, String field, Map<String, Object> details) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        if (field != null) {
            extensions.put("field", field);
        }
        if (details != null) {
            details.forEach(extensions::putIfAbsent);
        }
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
                .message(message)
                .errorType(ErrorClassification.errorClassification(code))
                .locations(error.getLocations())
                .extensions(extensions);
        if (error.getPath() != null) {
            builder.path(error.getPath());
        }
        return builder.build();
    }
}
