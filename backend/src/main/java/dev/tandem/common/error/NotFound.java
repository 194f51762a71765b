package dev.tandem.common.error;

import io.smallrye.graphql.api.ErrorCode;

/** Absent, or invisible to the caller: the two are indistinguishable by design. */
@ErrorCode("NOT_FOUND")
public class NotFound extends TandemException {

    public NotFound(String message) {
        super(message);
    }

    public NotFound(String field, String message) {
        super(field, message);
    }

    @Override
    public String code() {
        return "NOT_FOUND";
    }
}
