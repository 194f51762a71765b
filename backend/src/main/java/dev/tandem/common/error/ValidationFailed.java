package dev.tandem.common.error;

import io.smallrye.graphql.api.ErrorCode;

/** Bad input: names the offending field so a client can show the message beside it. */
@ErrorCode("VALIDATION")
public class ValidationFailed extends TandemException {

    public ValidationFailed(String field, String message) {
        super(field, message);
    }

    @Override
    public String code() {
        return "VALIDATION";
    }
}
