package dev.tandem.partnership;

import java.util.List;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.common.graphql.PageInfo;

/** A page of the partnerships the caller's organisation is a party of, newest first. */
@Name("PartnershipConnection")
public record PartnershipConnection(@NonNull List<@NonNull Edge> edges, @NonNull PageInfo pageInfo, int totalCount) {

    @Name("PartnershipEdge")
    public record Edge(@NonNull String cursor, @NonNull PartnershipView node) {
    }
}
