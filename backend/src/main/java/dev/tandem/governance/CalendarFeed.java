package dev.tandem.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.tandem.common.Clock;
import dev.tandem.common.config.TandemConfig;
import dev.tandem.common.db.Db;
import dev.tandem.governance.GovernanceViews.MeetingView;
import dev.tandem.partnership.Partnership;
import dev.tandem.partnership.PartnershipRepository;
import dev.tandem.person.PersonDirectory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** A person's meetings as an iCalendar document: every meeting of a tier they sit in, from a month ago to three months ahead. */
@ApplicationScoped
public class CalendarFeed {

    private final Db db;
    private final PersonDirectory directory;
    private final PartnershipRepository partnerships;
    private final GovernanceTiers tiers;
    private final String publicUrl;

    public CalendarFeed(Db db, PersonDirectory directory, PartnershipRepository partnerships, GovernanceTiers tiers, TandemConfig config) {
        this.db = db;
        this.directory = directory;
        this.partnerships = partnerships;
        this.tiers = tiers;
        this.publicUrl = config.publicUrl().replaceAll("/+$", "");
    }

    Uni<String> of(String email) {
        Instant now = Clock.now();
        return db.read(() -> directory.organizationsOf(List.of(email))
                .chain(orgs -> orgs.get(email) == null ? Uni.createFrom().item(List.<Partnership>of()) : partnerships.acceptedBy(orgs.get(email)))
                .chain(theirs -> tiers.plans(theirs.stream().map(p -> p.id).toList(), theirs.stream().collect(Collectors.toMap(p -> p.id, p -> p.governanceModel)))
                        .map(plans -> ICalendar.of("Tandem meetings of " + email, events(email, theirs, plans, now), now))));
    }

    private List<ICalendar.Event> events(String email, List<Partnership> theirs, Map<UUID, List<TierPlan>> plans, Instant now) {
        List<ICalendar.Event> events = new ArrayList<>();
        for (Partnership partnership : theirs) {
            List<TierPlan> mine = plans.get(partnership.id).stream().filter(t -> t.members().contains(email)).toList();
            LocalDate start = partnership.startsOn != null ? partnership.startsOn : partnership.createdAt.atZone(ZoneOffset.UTC).toLocalDate();
            for (MeetingView meeting : MeetingSchedule.between(partnership.id, start, mine, now.atZone(ZoneOffset.UTC).minusMonths(1).toInstant(),
                    now.atZone(ZoneOffset.UTC).plusMonths(MeetingReader.MONTHS_AHEAD).toInstant())) {
                String url = publicUrl + "/partnerships/" + partnership.id;
                events.add(new ICalendar.Event(meeting.id() + "@tandem", partnership.name + ": " + meeting.title(),
                        "The " + meeting.tier().name().toLowerCase() + " meeting of " + partnership.name + "; its agenda opens with what is red: " + url,
                        meeting.startsAt(), meeting.durationMinutes(), url));
            }
        }
        return events;
    }
}
