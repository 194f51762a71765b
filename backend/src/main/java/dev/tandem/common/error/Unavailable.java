package dev.tandem.common.error;

import java.util.Map;

import io.smallrye.graphql.api.ErrorCode;

/** Tandem cannot serve the request right now (its database is busy or out of reach): worth a retry after the seconds given. */
@ErrorCode("UNAVAILABLE")
public class Unavailable extends TandemException {

    private final int retryAfterSeconds;

    public Unavailable(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public String code() {
        return "UNAVAILABLE";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("retryAfterSeconds", retryAfterSeconds);
    }
}
