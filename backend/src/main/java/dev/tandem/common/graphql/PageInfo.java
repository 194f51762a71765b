package dev.tandem.common.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Relay-style page information of a connection. */
@Description("Where a page of a connection ends.")
public record PageInfo(
        @NonNull @Description("Whether more items follow this page.") boolean hasNextPage,
        @Description("The cursor of the page's last item: give it as `after` for the next page; null when the page is empty.") String endCursor) {
}
