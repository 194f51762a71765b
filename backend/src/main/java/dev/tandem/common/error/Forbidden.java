package dev.tandem.common.error;

import io.smallrye.graphql.api.ErrorCode;

/** The caller can see the thing but may not do this to it. */
@ErrorCode("FORBIDDEN")
public class Forbidden extends TandemException {

    public Forbidden(String message) {
        super(message);
    }

    public Forbidden(String field, String message) {
        super(field, message);
    }

    @Override
    public String code() {
        return "FORBIDDEN";
    }
}
