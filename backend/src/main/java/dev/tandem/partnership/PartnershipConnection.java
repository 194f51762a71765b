package dev.tandem.partnership;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.common.graphql.PageInfo;

/** A page of the partnerships the caller's organisation is a party of, newest first. */
@Name("PartnershipConnection")
@Description("A page of partnerships, newest first.")
public record PartnershipConnection(
        @NonNull @Description("The partnerships of this page, each with its cursor.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether more follow, and the cursor to ask for them.") PageInfo pageInfo,
        @Description("How many partnerships there are in all, across every page.") int totalCount) {

    @Name("PartnershipEdge")
    @Description("One partnership of a page, with its cursor.")
    public record Edge(
            @NonNull @Description("Give it as `after` to get the partnerships that follow this one.") String cursor,
            @NonNull @Description("The partnership.") PartnershipView node) {
    }
}
