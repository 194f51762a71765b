package dev.tandem.common.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.execution.AbortExecutionException;

/**
 * A request refused before it runs because it is over a limit (depth, cost, the caller's budget): answered with
 * {@code LIMIT_EXCEEDED} and the figures a client needs ({@code cost}, {@code maxCost}, {@code retryAfterSeconds}).
 */
class LimitAbort extends AbortExecutionException {

    private final Map<String, Object> details;

    LimitAbort(String message, Map<String, Object> details) {
        super(message);
        this.details = details;
    }

    @Override
    public Map<String, Object> getExtensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", "LIMIT_EXCEEDED");
        extensions.putAll(details);
        return extensions;
    }
}
