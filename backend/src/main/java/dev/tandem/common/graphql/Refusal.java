package dev.tandem.common.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.execution.AbortExecutionException;

/**
 * A request refused before it runs: over a limit (depth, cost, the caller's budget: {@code LIMIT_EXCEEDED} with the
 * figures a client needs, such as {@code cost}, {@code maxCost}, {@code retryAfterSeconds}), or asking before sign-in
 * for what only signed-in callers get ({@code UNAUTHENTICATED}), or asking what cannot be answered as asked ({@code VALIDATION}).
 */
class Refusal extends AbortExecutionException {

    private final String code;
    private final Map<String, Object> details;

    private Refusal(String code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.details = details;
    }

    static Refusal overLimit(String message, Map<String, Object> details) {
        return new Refusal("LIMIT_EXCEEDED", message, details);
    }

    /** A document this API cannot answer as asked: VALIDATION naming the field. */
    static Refusal invalid(String field, String message) {
        return new Refusal("VALIDATION", message, Map.of("field", field));
    }

    static Refusal signInFirst(String message) {
        return new Refusal("UNAUTHENTICATED", message, Map.of());
    }

    @Override
    public Map<String, Object> getExtensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        extensions.putAll(details);
        return extensions;
    }
}
