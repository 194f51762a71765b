package dev.tandem.common.error;

import io.smallrye.graphql.api.ErrorCode;

/** No valid token or session came with the request. */
@ErrorCode("UNAUTHENTICATED")
public class Unauthenticated extends TandemException {

    public Unauthenticated(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "UNAUTHENTICATED";
    }
}
