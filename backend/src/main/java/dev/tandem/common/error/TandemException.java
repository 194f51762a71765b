package dev.tandem.common.error;

/** Base of every domain failure: carries the code that reaches clients as {@code extensions.code}. */
public abstract class TandemException extends RuntimeException {

    private final String field;

    protected TandemException(String message) {
        this(null, message);
    }

    protected TandemException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    /** The stable code integrators switch on, e.g. {@code NOT_FOUND}. */
    public abstract String code();

    /** Further figures a client may act on, such as the seconds to wait before a retry; none by default. */
    public java.util.Map<String, Object> details() {
        return java.util.Map.of();
    }

    /** The offending input field (path within the operation's arguments), or null. */
    public String field() {
        return field;
    }
}
