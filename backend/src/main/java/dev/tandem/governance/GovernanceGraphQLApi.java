package dev.tandem.governance;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import dev.tandem.common.db.Db;
import dev.tandem.common.graphql.GraphQLLimits;
import dev.tandem.common.graphql.Page;
import dev.tandem.common.security.Callers;
import dev.tandem.governance.GovernanceViews.AgendaItemView;
import dev.tandem.governance.GovernanceViews.MeetingConnection;
import dev.tandem.governance.GovernanceViews.MeetingView;
import dev.tandem.governance.GovernanceViews.TierView;
import dev.tandem.partnership.PartnershipView;
import dev.tandem.person.PersonDirectory;
import dev.tandem.person.PersonView;
import io.smallrye.mutiny.Uni;

/** GraphQL fields and mutations of governance tiers and meetings: translate only; GovernanceTiers and MeetingReader decide. */
@GraphQLApi
public class GovernanceGraphQLApi {

    private final GovernanceTiers tiers;
    private final MeetingReader meetings;
    private final CalendarLinks calendars;
    private final PersonDirectory directory;
    private final Db db;
    private final GraphQLLimits limits;
    private final Callers callers;

    public GovernanceGraphQLApi(GovernanceTiers tiers, MeetingReader meetings, CalendarLinks calendars, PersonDirectory directory, Db db, GraphQLLimits limits,
            Callers callers) {
        this.tiers = tiers;
        this.meetings = meetings;
        this.calendars = calendars;
        this.directory = directory;
        this.db = db;
        this.limits = limits;
        this.callers = callers;
    }

    @NonNull
    @Description("The partnership's governance tiers, from its governance model until the partners edit them; lowest tier first.")
    public Uni<List<@NonNull List<@NonNull TierView>>> governanceTiers(@Source List<PartnershipView> partnerships) {
        return tiers.tiersOf(partnerships);
    }

    @NonNull
    @Description("The people who sit in the tier.")
    public Uni<List<@NonNull List<@NonNull PersonView>>> members(@Source List<TierView> tierViews) {
        Set<String> emails = tierViews.stream().flatMap(t -> t.memberEmails().stream()).collect(Collectors.toSet());
        return db.read(() -> directory.viewsOf(emails))
                .map(people -> tierViews.stream().map(t -> t.memberEmails().stream().map(people::get).toList()).toList());
    }

    @Mutation
    @Description("Changes a governance tier (a sponsor or steering member): its rhythm, length, time, members and escalation response time.")
    public Uni<@NonNull TierView> updateGovernanceTier(@NonNull @Description("The partnership, the tier, the version you read and what changes.") TierInputs.Update input) {
        return tiers.update(callers.withOrganization(), input);
    }

    @NonNull
    @Description("The partnership's meetings, scheduled from its tiers' cadences (none before its start): upcoming ones (the next three months) soonest first, or past ones (the last year) latest first.")
    public Uni<List<@NonNull MeetingConnection>> meetings(@Source List<PartnershipView> partnerships,
            @DefaultValue("20") @Description("How many to return, 0 to 100; more fails with LIMIT_EXCEEDED.") Integer first,
            @Description("The cursor of the last meeting you have; null for the first page.") String after,
            @DefaultValue("true") @Description("True for upcoming meetings, false for past ones.") Boolean upcoming) {
        return meetings.meetingsOf(partnerships, Page.of(first, after, limits.maxPageSize()), upcoming == null || upcoming);
    }

    @NonNull
    @Description("Built from the partnership's data now, before any status update: red metrics first, then amber, the escalations waiting on this tier, deliverables at risk and the health pulse's flags.")
    public Uni<List<@NonNull List<@NonNull AgendaItemView>>> agenda(@Source List<MeetingView> meetingViews) {
        return meetings.agendas(meetingViews);
    }

    @Mutation
    @Description("Makes a secret address of your meeting calendar (iCalendar, every meeting of a tier you sit in) for your calendar application.")
    public Uni<CalendarLinks.@NonNull LinkView> createCalendarLink() {
        return calendars.create(callers.withOrganization());
    }

    @Mutation
    @Description("Revokes every address of your meeting calendar: they answer 404 from now on. Answers how many were in use.")
    public Uni<@NonNull Integer> revokeCalendarLinks() {
        return calendars.revokeAll(callers.withOrganization());
    }
}
