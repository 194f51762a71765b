package dev.tandem.common.graphql;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The operation names a meter may carry as a tag. Names come from clients, so they are bounded: a name must follow
 * GraphQL's grammar and be at most {@value #MAX_LENGTH} characters, and only the first {@code capacity} distinct
 * names are kept; later ones are counted as {@value #OTHER}. A client sending ever new names cannot grow the registry.
 */
final class OperationNames {

    static final String ANONYMOUS = "anonymous";
    static final String OTHER = "other";
    static final int MAX_LENGTH = 64;
    private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");

    private final int capacity;
    private final Set<String> kept = ConcurrentHashMap.newKeySet();

    OperationNames(int capacity) {
        this.capacity = capacity;
    }

    /** The tag for this name: itself while there is room, else {@value #OTHER}; {@value #ANONYMOUS} without one. */
    String tag(String name) {
        if (name == null || name.isEmpty()) {
            return ANONYMOUS;
        }
        if (kept.contains(name)) {
            return name;
        }
        if (name.length() > MAX_LENGTH || !NAME.matcher(name).matches()) {
            return OTHER;
        }
        synchronized (kept) {
            if (kept.size() < capacity) {
                kept.add(name);
                return name;
            }
        }
        return kept.contains(name) ? name : OTHER;
    }
}
