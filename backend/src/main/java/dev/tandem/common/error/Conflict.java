package dev.tandem.common.error;

import io.smallrye.graphql.api.ErrorCode;

/** The entity changed since the caller read it (stale version), or the change collides with current state. */
@ErrorCode("CONFLICT")
public class Conflict extends TandemException {

    public Conflict(String message) {
        super(message);
    }

    public Conflict(String field, String message) {
        super(field, message);
    }

    @Override
    public String code() {
        return "CONFLICT";
    }
}
