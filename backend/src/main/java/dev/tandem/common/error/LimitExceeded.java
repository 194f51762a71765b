package dev.tandem.common.error;

import io.smallrye.graphql.api.ErrorCode;

/** A request over one of the API's limits (page size, batch size); names the argument that is over. */
@ErrorCode("LIMIT_EXCEEDED")
public class LimitExceeded extends TandemException {

    public LimitExceeded(String field, String message) {
        super(field, message);
    }

    @Override
    public String code() {
        return "LIMIT_EXCEEDED";
    }
}
