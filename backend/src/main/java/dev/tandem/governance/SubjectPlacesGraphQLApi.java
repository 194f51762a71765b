package dev.tandem.governance;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

import dev.tandem.common.security.Callers;
import dev.tandem.governance.EscalationViews.EscalationView;
import dev.tandem.governance.GovernanceViews.ActionItemView;
import dev.tandem.governance.GovernanceViews.MeetingView;
import dev.tandem.partnership.PartnershipReader;
import dev.tandem.partnership.PartnershipView;
import io.smallrye.mutiny.Uni;

/**
 * Where a governance subject belongs, for whoever meets it outside its partnership (me.forMe, a calendar): its
 * partnership, and an action item's meeting. Translates only; one batch per field.
 */
@GraphQLApi
public class SubjectPlacesGraphQLApi {

    private final PartnershipReader partnerships;
    private final MeetingReader meetings;
    private final Callers callers;

    public SubjectPlacesGraphQLApi(PartnershipReader partnerships, MeetingReader meetings, Callers callers) {
        this.partnerships = partnerships;
        this.meetings = meetings;
        this.callers = callers;
    }

    @Description("The partnership the meeting belongs to.")
    public Uni<List<PartnershipView>> partnership(@Source List<MeetingView> meetingViews) {
        return partnerships.byIds(callers.current(), meetingViews.stream().map(MeetingView::partnershipId).toList());
    }

    @Name("partnership")
    @Description("The partnership the escalation belongs to.")
    public Uni<List<PartnershipView>> escalationPartnership(@Source List<EscalationView> escalations) {
        return partnerships.byIds(callers.current(), escalations.stream().map(EscalationView::partnershipId).toList());
    }

    @Name("partnership")
    @Description("The partnership the action item belongs to.")
    public Uni<List<PartnershipView>> actionItemPartnership(@Source List<ActionItemView> items) {
        return partnerships.byIds(callers.current(), items.stream().map(ActionItemView::partnershipId).toList());
    }

    @Description("The meeting that agreed the action item; null for one given on an escalation.")
    public Uni<List<MeetingView>> meeting(@Source List<ActionItemView> items) {
        return meetings.stored(items.stream().map(ActionItemView::meetingId).toList());
    }
}
