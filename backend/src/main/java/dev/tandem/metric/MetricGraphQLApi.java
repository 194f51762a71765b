package dev.tandem.metric;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import dev.tandem.common.graphql.GraphQLLimits;
import dev.tandem.common.graphql.Page;
import dev.tandem.common.graphql.Provided;
import dev.tandem.common.security.Callers;
import dev.tandem.metric.MetricViews.MetricView;
import dev.tandem.metric.MetricViews.ReadingView;
import dev.tandem.metric.MetricViews.StatusChangeView;
import dev.tandem.partnership.PartnershipReader;
import dev.tandem.partnership.PartnershipView;
import dev.tandem.plan.PlanViews.KeyResultView;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** GraphQL operations, fields and subscriptions of metrics: translate only. */
@GraphQLApi
public class MetricGraphQLApi {

    private final MetricReader reader;
    private final MetricDefinitions definitions;
    private final MetricChangeApproval approval;
    private final ReadingIngest ingest;
    private final PartnershipReader partnerships;
    private final MetricSubscriptions subscriptions;
    private final GraphQLLimits limits;
    private final Callers callers;
    private final Context context;

    public MetricGraphQLApi(MetricReader reader, MetricDefinitions definitions, MetricChangeApproval approval, ReadingIngest ingest, PartnershipReader partnerships, MetricSubscriptions subscriptions,
            GraphQLLimits limits, Callers callers, Context context) {
        this.reader = reader;
        this.definitions = definitions;
        this.approval = approval;
        this.ingest = ingest;
        this.partnerships = partnerships;
        this.subscriptions = subscriptions;
        this.limits = limits;
        this.callers = callers;
        this.context = context;
    }

    @NonNull
    @Description("The worst current status of the partnership's metrics (RED over AMBER over GREEN); UNKNOWN while none is known.")
    public Uni<List<@NonNull Rag>> health(@Source List<PartnershipView> partnerships) {
        return reader.health(partnerships);
    }

    @NonNull
    @Description("The metrics the partnership watches.")
    public Uni<List<@NonNull List<@NonNull MetricView>>> metrics(@Source List<PartnershipView> partnerships) {
        return reader.metricsOf(partnerships, callers.current());
    }

    @NonNull
    @Description("Advice on the metrics, such as more than 8 of them.")
    public Uni<List<@NonNull List<@NonNull String>>> metricWarnings(@Source List<PartnershipView> partnerships) {
        return reader.warnings(partnerships);
    }

    @NonNull
    @Id
    @Description("The id of the newest status change of its metrics (\"0\" without any): subscribe with it as `after` and nothing from the moment you read it slips by.")
    public Uni<List<@NonNull String>> statusChangeCursor(@Source List<PartnershipView> partnerships) {
        return reader.cursors(partnerships);
    }

    @Query
    @NonNull
    @Id
    @Description("The id of the newest status change in any of your partnerships: the `after` for metricTurnedRed without a partnership.")
    public Uni<String> statusChangeCursor() {
        return reader.cursor(callers.withOrganization());
    }

    // KeyResult.metric resolves here, not in plan: metric sits above plan and may see its views, while
    // plan asks metric only through MetricLinks (plan cannot name this field's type without importing metric).
    @Name("metric")
    @Description("The metric that measures it, if one is linked.")
    public Uni<List<MetricView>> keyResultMetric(@Source List<KeyResultView> keyResults) {
        return reader.metricsById(keyResults.stream().map(KeyResultView::linkedMetric).toList());
    }

    @Description("The partnership the metric belongs to.")
    public Uni<List<PartnershipView>> partnership(@Source List<MetricView> metrics) {
        // an event's metric comes with its partnership: its subscriber's access was checked when it was delivered
        if (metrics.stream().allMatch(metric -> metric.partnership() != null)) {
            return Uni.createFrom().item(metrics.stream().map(MetricView::partnership).toList());
        }
        return partnerships.byIds(callers.current(), metrics.stream().map(MetricView::partnershipId).toList());
    }

    @NonNull
    @Description("Newest first; at most 400.")
    public Uni<List<@NonNull List<@NonNull ReadingView>>> readings(@Source List<MetricView> metrics, @DefaultValue("30") @Description("How many of the newest readings, 0 to 400; more fails with LIMIT_EXCEEDED.") int last) {
        return reader.readings(metrics, last);
    }

    @NonNull
    @Description("The metric's whole history, a page at a time, newest observed first (readings(last) is the chart's short form).")
    public Uni<List<@NonNull ReadingConnection>> readingHistory(@Source List<MetricView> metrics,
            @DefaultValue("50") @Description("How many to return, 0 to 100; more fails with LIMIT_EXCEEDED.") Integer first,
            @Description("The cursor of the last reading you have (an edge's cursor or pageInfo.endCursor); null for the newest.") String after) {
        return reader.readingPages(metrics, Page.of(first, after, limits.maxPageSize()));
    }

    @Mutation
    @Description("Agrees to, or turns down, another party's proposed change of a metric's target and thresholds (a sponsor or steering member).")
    public Uni<@NonNull MetricView> decideMetricChange(@NonNull @Description("The metric, the version you read and your answer.") MetricInputs.DecideChange input) {
        return approval.decide(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Defines a metric with its thresholds (a sponsor or steering member).")
    public Uni<@NonNull MetricView> defineMetric(@NonNull @Description("The partnership and the metric.") MetricInputs.Define input) {
        return definitions.define(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Changes a metric, given the version you read; new thresholds re-rate its latest reading.")
    public Uni<@NonNull MetricView> updateMetric(@NonNull @Description("The metric, the version you read and what changes.") MetricInputs.Update input) {
        return definitions.update(callers.withOrganization(), input, Provided.of(context, "input"));
    }

    @Mutation
    @Description("Records a reading (the owning party's members and integrators).")
    public Uni<@NonNull ReadingView> recordMetricReading(@NonNull @Description("The metric, the value and when it was observed.") MetricInputs.Reading input) {
        return ingest.record(callers.withOrganization(), List.of(input), false).map(list -> list.get(0));
    }

    @Mutation
    @Description("Records up to 1,000 readings, all or nothing; a failing item is named in extensions.field (inputs[i].…).")
    public Uni<@NonNull List<@NonNull ReadingView>> recordMetricReadings(@NonNull @Description("Up to 1,000 readings of metrics your party owns; more fails with LIMIT_EXCEEDED.") List<MetricInputs.@NonNull Reading> inputs) {
        return ingest.record(callers.withOrganization(), inputs, true);
    }

    @Subscription
    @Description("Every status change of a metric in this partnership. Give the id of the last change you saw as `after` to receive what you missed first. For a partnership that is not yours it completes at once, as reading it gives null. The metric's viewerCan* fields are false in events: query the partnership for rights.")
    public Multi<@NonNull StatusChangeView> metricStatusChanged(@NonNull @Id @Description("The partnership to watch.") String partnershipId,
            @Id @Description("The id of the last change you saw (or a statusChangeCursor): what followed it is sent first. Null: only new changes.") String after) {
        return subscriptions.changes(callers.withOrganization(), partnershipId, after, false);
    }

    @Subscription
    @Description("Changes to RED, in one partnership, or in every partnership you can see when no id is given.")
    public Multi<@NonNull StatusChangeView> metricTurnedRed(@Id @Description("The partnership to watch; null for every partnership you can see.") String partnershipId,
            @Id @Description("The id of the last change you saw (or a statusChangeCursor): what followed it is sent first. Null: only new changes.") String after) {
        return subscriptions.changes(callers.withOrganization(), partnershipId, after, true);
    }
}
