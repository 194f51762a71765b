package dev.tandem.audit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.common.graphql.PageInfo;

/** A page of a partnership's audit events, newest first. */
@Name("AuditEventConnection")
@Description("A page of a partnership's audit events, newest first.")
public record AuditEventConnection(
        @NonNull @Description("The events of this page, each with its cursor.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more follow, and the cursor to ask for them.") PageInfo pageInfo,
        @Description("How many events the partnership has in all, across every page.") int totalCount) {

    @Name("AuditEventEdge")
    @Description("One audit event of a page, with its cursor.")
    public record Edge(
            @NonNull @Description("Give it as `after` to get the events that follow this one.") String cursor,
            @NonNull @Description("The event.") AuditEventView node) {
    }
}
