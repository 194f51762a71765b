package dev.tandem.governance;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import dev.tandem.common.graphql.Provided;
import dev.tandem.common.security.Callers;
import dev.tandem.governance.EscalationViews.EscalationView;
import dev.tandem.governance.EscalationViews.PositionView;
import dev.tandem.metric.MetricReader;
import dev.tandem.metric.MetricViews.MetricView;
import dev.tandem.partnership.PartnershipView;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/** GraphQL fields and mutations of escalations: translate only; Escalations and EscalationReader decide. */
@GraphQLApi
public class EscalationGraphQLApi {

    private final Escalations escalations;
    private final EscalationReader reader;
    private final MetricReader metrics;
    private final Callers callers;
    private final Context context;

    public EscalationGraphQLApi(Escalations escalations, EscalationReader reader, MetricReader metrics, Callers callers, Context context) {
        this.escalations = escalations;
        this.reader = reader;
        this.metrics = metrics;
        this.callers = callers;
        this.context = context;
    }

    @NonNull
    @Description("Open escalations first, newest first.")
    public Uni<List<@NonNull List<@NonNull EscalationView>>> escalations(@Source List<PartnershipView> partnerships) {
        return reader.escalationsOf(partnerships);
    }

    @Description("The metric whose turn to RED opened the escalation; null for one raised by hand.")
    public Uni<List<MetricView>> metric(@Source List<EscalationView> escalations) {
        return metrics.metricsById(escalations.stream().map(EscalationView::metricId).toList());
    }

    @NonNull
    @Description("Each party's position and the interest behind it, as they stated them.")
    public Uni<List<@NonNull List<@NonNull PositionView>>> positions(@Source List<EscalationView> escalations) {
        return reader.positions(escalations);
    }

    @Mutation
    @Description("Takes an OPEN escalation up at its tier: it no longer climbs by itself.")
    public Uni<@NonNull EscalationView> acknowledgeEscalation(@NonNull @Description("The escalation and the version you read.") EscalationInputs.Revision input) {
        return escalations.acknowledge(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Resolves an escalation with its outcome; a metric that turns red again afterwards opens a new one.")
    public Uni<@NonNull EscalationView> resolveEscalation(@NonNull @Description("The escalation, the version you read and the outcome.") EscalationInputs.Resolve input) {
        return escalations.resolve(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Hands an unresolved escalation to the next tier now, saying why this tier cannot settle it.")
    public Uni<@NonNull EscalationView> raiseEscalation(@NonNull @Description("The escalation, the version you read and why.") EscalationInputs.Raise input) {
        return escalations.raise(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Changes the packet of an unresolved escalation: its summary, what was tried, what remains disputed.")
    public Uni<@NonNull EscalationView> updateEscalation(@NonNull @Description("The escalation, the version you read and what changes.") EscalationInputs.Update input) {
        return escalations.update(callers.withOrganization(), input, Provided.of(context, "input"));
    }

    @Mutation
    @Description("States your party's position on an unresolved escalation and the interest behind it (replacing its earlier one).")
    public Uni<@NonNull EscalationView> stateEscalationPosition(@NonNull @Description("The escalation, your position and interest.") EscalationInputs.Position input) {
        return escalations.statePosition(callers.withOrganization(), input);
    }
}
