package dev.tandem.common.graphql;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/**
 * Which fields of an input object the client sent. Updates follow GraphQL's usual convention: an absent
 * field is left as it is, a field sent as null is cleared. Records cannot tell the two apart; the raw
 * arguments can.
 */
public record Provided(Set<String> fields) {

    /** Nothing sent as null (callers inside the service). */
    public static final Provided NONE = new Provided(Set.of());

    public static Provided of(Context context, String argument) {
        Object raw = context.unwrap(DataFetchingEnvironment.class).getArgument(argument);
        return new Provided(raw instanceof Map<?, ?> map ? map.keySet().stream().map(String::valueOf).collect(Collectors.toSet()) : Set.of());
    }

    /** True when the client sent this field as null: clear it. */
    public boolean cleared(String field, Object value) {
        return value == null && fields.contains(field);
    }
}
