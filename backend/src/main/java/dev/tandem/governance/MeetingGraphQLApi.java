package dev.tandem.governance;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import dev.tandem.common.security.Callers;
import dev.tandem.governance.GovernanceViews.ActionItemView;
import dev.tandem.governance.GovernanceViews.DecisionView;
import dev.tandem.governance.GovernanceViews.MeetingView;
import dev.tandem.organization.OrganizationView;
import dev.tandem.person.PersonView;
import io.smallrye.mutiny.Uni;

/** GraphQL fields and mutations of what meetings record: translate only; MeetingRecords and MeetingDetails decide. */
@GraphQLApi
public class MeetingGraphQLApi {

    private final MeetingRecords records;
    private final MeetingChanges changes;
    private final MeetingDetails details;
    private final Callers callers;

    public MeetingGraphQLApi(MeetingRecords records, MeetingChanges changes, MeetingDetails details, Callers callers) {
        this.records = records;
        this.changes = changes;
        this.details = details;
        this.callers = callers;
    }

    @NonNull
    @Description("Who attended, as the minutes record it.")
    public Uni<List<@NonNull List<@NonNull PersonView>>> attendees(@Source List<MeetingView> meetings) {
        return details.attendees(meetings);
    }

    @NonNull
    @Description("The decisions recorded in the meeting, in order.")
    public Uni<List<@NonNull List<@NonNull DecisionView>>> decisions(@Source List<MeetingView> meetings) {
        return details.decisions(meetings);
    }

    @NonNull
    @Description("The action items agreed in the meeting, soonest due first.")
    public Uni<List<@NonNull List<@NonNull ActionItemView>>> actionItems(@Source List<MeetingView> meetings) {
        return details.actionItems(meetings);
    }

    @NonNull
    @Description("Once minuted: the accepted parties none of whose sponsors or steering members attended (an early warning sign).")
    public Uni<List<@NonNull List<@NonNull OrganizationView>>> missingDecisionMakers(@Source List<MeetingView> meetings) {
        return details.missingDecisionMakers(meetings);
    }

    @NonNull
    @Description("The people who took the decision: a person of every accountable party.")
    public Uni<List<@NonNull List<@NonNull PersonView>>> decidedBy(@Source List<DecisionView> decisions) {
        return details.decidedBy(decisions);
    }

    @NonNull
    @Description("The one person who does it.")
    public Uni<List<@NonNull PersonView>> owner(@Source List<ActionItemView> items) {
        return details.owners(items);
    }

    @Mutation
    @Description("Records a meeting's minutes and attendance (a sponsor, steering member or member of its tier); its agenda is frozen as it is now.")
    public Uni<@NonNull MeetingView> recordMeetingMinutes(@NonNull @Description("The meeting, the version you read, the minutes and who attended.") MeetingInputs.Minutes input) {
        return records.recordMinutes(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Records a decision of a meeting; refused unless a person of every accountable party took it, naming who must decide.")
    public Uni<@NonNull DecisionView> recordDecision(@NonNull @Description("The meeting, the decision, its type and who took it.") MeetingInputs.Decide input) {
        return records.recordDecision(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Adds an action item from a meeting or an escalation: one owner of an accepted party and a due date.")
    public Uni<@NonNull ActionItemView> addActionItem(@NonNull @Description("Where it comes from, what, who and by when.") MeetingInputs.AddAction input) {
        return records.addActionItem(callers.withOrganization(), input);
    }

    @Mutation("setActionItemDone")
    @Description("Marks an action item done or not done again (its owner, a sponsor or a steering member).")
    public Uni<@NonNull ActionItemView> setActionItemDone(@NonNull @Description("The action item, the version you read and done or not.") MeetingInputs.SetDone input) {
        return records.setDone(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Moves one meeting (a sponsor, steering member or member of its tier); the tier's other meetings stay.")
    public Uni<@NonNull MeetingView> moveMeeting(@NonNull @Description("The meeting, the version you read and when it starts now.") MeetingInputs.Move input) {
        return changes.move(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Cancels one meeting (a sponsor, steering member or member of its tier); the tier's other meetings stay.")
    public Uni<@NonNull MeetingView> cancelMeeting(@NonNull @Description("The meeting, the version you read and why.") MeetingInputs.Cancel input) {
        return changes.cancel(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Puts an item of your own on a meeting's agenda, after the items built from the data (until it is minuted).")
    public Uni<@NonNull MeetingView> addAgendaItem(@NonNull @Description("The meeting and the item.") MeetingInputs.AddAgendaItem input) {
        return changes.addAgendaItem(callers.withOrganization(), input);
    }
}
