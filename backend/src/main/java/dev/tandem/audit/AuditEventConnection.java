package dev.tandem.audit;

import java.util.List;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.common.graphql.PageInfo;

/** A page of a partnership's audit events, newest first. */
@Name("AuditEventConnection")
public record AuditEventConnection(@NonNull List<@NonNull Edge> edges, @NonNull PageInfo pageInfo, int totalCount) {

    @Name("AuditEventEdge")
    public record Edge(@NonNull String cursor, @NonNull AuditEventView node) {
    }
}
