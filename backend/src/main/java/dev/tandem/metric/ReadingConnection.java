package dev.tandem.metric;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.common.graphql.PageInfo;
import dev.tandem.metric.MetricViews.ReadingView;

/** A page of a metric's readings, newest observed first. */
@Name("MetricReadingConnection")
@Description("A page of a metric's readings, newest observed first.")
public record ReadingConnection(
        @NonNull @Description("The readings of this page, each with its cursor.") List<@NonNull Edge> edges,
        @NonNull @Description("Whether older readings follow, and the cursor to ask for them.") PageInfo pageInfo,
        @Description("How many readings the metric has in all, across every page.") int totalCount) {

    @Name("MetricReadingEdge")
    @Description("One reading of a page, with its cursor.")
    public record Edge(
            @NonNull @Description("Give it as `after` to get the readings observed before this one.") String cursor,
            @NonNull @Description("The reading.") ReadingView node) {
    }
}
