package dev.tandem.common.graphql;

import org.eclipse.microprofile.graphql.NonNull;

/** Relay-style page information of a connection. */
public record PageInfo(@NonNull boolean hasNextPage, String endCursor) {
}
