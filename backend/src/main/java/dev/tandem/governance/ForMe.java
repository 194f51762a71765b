package dev.tandem.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.common.Clock;
import dev.tandem.common.db.Db;
import dev.tandem.common.security.Caller;
import dev.tandem.governance.EscalationViews.EscalationView;
import dev.tandem.governance.GovernanceViews.ActionItemView;
import dev.tandem.governance.GovernanceViews.MeetingView;
import dev.tandem.metric.Tier;
import dev.tandem.partnership.PartnershipReader;
import dev.tandem.partnership.PartnershipView;
import dev.tandem.survey.SurveyReader;
import dev.tandem.survey.SurveyViews.SurveyView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** What waits on the signed-in person across their partnerships: their action items, escalations at their tiers, this week's meetings, open surveys. */
@ApplicationScoped
public class ForMe {

    @Name("ForMe")
    @Description("What waits on you across your partnerships.")
    public record ForMeView(
            @NonNull @Description("Your action items not done yet, soonest due first.") List<@NonNull ActionItemView> actionItems,
            @NonNull @Description("Unresolved escalations waiting on a tier you sit in, oldest first.") List<@NonNull EscalationView> escalations,
            @NonNull @Description("The meetings of your tiers in the next seven days, soonest first.") List<@NonNull MeetingView> meetingsThisWeek,
            @NonNull @Description("Survey rounds open for you that you have not answered.") List<@NonNull SurveyView> surveysToAnswer) {

        static final ForMeView NOTHING = new ForMeView(List.of(), List.of(), List.of(), List.of());
    }

    private final Db db;
    private final PartnershipReader partnerships;
    private final GovernanceTiers tiers;
    private final SurveyReader surveys;

    public ForMe(Db db, PartnershipReader partnerships, GovernanceTiers tiers, SurveyReader surveys) {
        this.db = db;
        this.partnerships = partnerships;
        this.tiers = tiers;
        this.surveys = surveys;
    }

    public Uni<ForMeView> of(Caller caller) {
        if (!caller.isPerson() || caller.email() == null || !caller.hasOrganization()) {
            return Uni.createFrom().item(ForMeView.NOTHING);
        }
        String email = caller.email().toLowerCase();
        return partnerships.accepted(caller).chain(mine -> {
            if (mine.isEmpty()) {
                return Uni.createFrom().item(ForMeView.NOTHING);
            }
            Set<UUID> ids = mine.stream().map(p -> UUID.fromString(p.id())).collect(Collectors.toSet());
            return db.read(() -> tiers.plans(ids, mine.stream().collect(Collectors.toMap(p -> UUID.fromString(p.id()), PartnershipView::governanceModel, (a, b) -> a)))
                            .chain(plans -> ActionItem.<ActionItem>list("partnershipId in ?1 and ownerEmail = ?2 and done = false order by dueOn", ids, email)
                                    .chain(items -> Escalation.<Escalation>list("partnershipId in ?1 and status <> ?2 order by openedAt", ids, EscalationStatus.RESOLVED)
                                            .map(escalations -> new Loaded(plans, items, escalations)))))
                    .chain(loaded -> openSurveys(mine, caller).map(open -> view(email, mine, loaded, open)));
        });
    }

    private record Loaded(Map<UUID, List<TierPlan>> plans, List<ActionItem> items, List<Escalation> escalations) {
    }

    private Uni<List<SurveyView>> openSurveys(List<PartnershipView> mine, Caller caller) {
        return surveys.surveysOf(mine).chain(lists -> {
            List<SurveyView> open = lists.stream().flatMap(List::stream).filter(SurveyView::viewerCanAnswer).toList();
            return open.isEmpty() ? Uni.createFrom().item(open) : surveys.viewerHasResponded(open, caller)
                    .map(answered -> {
                        List<SurveyView> waiting = new ArrayList<>();
                        for (int i = 0; i < open.size(); i++) {
                            if (!answered.get(i)) {
                                waiting.add(open.get(i));
                            }
                        }
                        return waiting;
                    });
        });
    }

    private static ForMeView view(String email, List<PartnershipView> mine, Loaded loaded, List<SurveyView> open) {
        Instant now = Clock.now();
        List<MeetingView> meetings = new ArrayList<>();
        List<EscalationView> escalations = new ArrayList<>();
        for (PartnershipView partnership : mine) {
            UUID id = UUID.fromString(partnership.id());
            List<TierPlan> myTiers = loaded.plans().get(id).stream().filter(t -> t.members().contains(email)).toList();
            Set<Tier> tierSet = myTiers.stream().map(TierPlan::tier).collect(Collectors.toSet());
            LocalDate start = partnership.startsOn() != null ? partnership.startsOn() : partnership.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
            meetings.addAll(MeetingSchedule.between(id, start, myTiers, now, now.plus(7, ChronoUnit.DAYS)));
            loaded.escalations().stream().filter(e -> e.partnershipId.equals(id) && tierSet.contains(e.tier))
                    .forEach(e -> escalations.add(EscalationReader.view(e, partnership.viewerRole(), partnership.viewerPartyAccepted())));
        }
        meetings.sort(Comparator.comparing(MeetingView::startsAt));
        return new ForMeView(loaded.items().stream().map(MeetingReader::view).toList(), escalations, meetings, open);
    }
}
