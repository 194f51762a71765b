package dev.tandem.common;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/** The fields an update touched, with their values before and after: what it applies, and what the audit trail keeps. */
public final class Changes {

    private final Map<String, Object> before = new LinkedHashMap<>();
    private final Map<String, Object> after = new LinkedHashMap<>();

    /** Applies a requested value; null means the client did not ask for this field. */
    public <T> void set(String field, T current, T requested, Consumer<T> apply) {
        if (requested != null) {
            replace(field, current, requested, apply);
        }
    }

    /** Applies a value even when it is null (the client cleared the field). */
    public <T> void replace(String field, T current, T requested, Consumer<T> apply) {
        if (!Objects.equals(current, requested)) {
            note(field, current, requested);
            apply.accept(requested);
        }
    }

    /** Numbers compare by value: 2 and 2.00 are the same. */
    public void number(String field, BigDecimal current, BigDecimal requested, Consumer<BigDecimal> apply) {
        if (requested != null && (current == null || requested.compareTo(current) != 0)) {
            note(field, current, requested);
            apply.accept(requested);
        }
    }

    /** Records a change applied elsewhere (link rows). */
    public void note(String field, Object was, Object is) {
        before.put(field, was);
        after.put(field, is);
    }

    public boolean isEmpty() {
        return after.isEmpty();
    }

    public Map<String, Object> before() {
        return before;
    }

    public Map<String, Object> after() {
        return after;
    }

    /** The changed fields, for a summary: "name, charter". */
    public String fields() {
        return String.join(", ", after.keySet());
    }

    /** A small state for the audit trail from name/value pairs (values may be null). */
    public static Map<String, Object> state(Object... namesAndValues) {
        Map<String, Object> state = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            state.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return state;
    }
}
