package dev.tandem.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.tandem.common.Clock;
import dev.tandem.common.db.Db;
import dev.tandem.common.graphql.Page;
import dev.tandem.common.graphql.PageInfo;
import dev.tandem.governance.GovernanceViews.AgendaItemView;
import dev.tandem.governance.GovernanceViews.MeetingConnection;
import dev.tandem.governance.GovernanceViews.MeetingView;
import dev.tandem.metric.MetricReader;
import dev.tandem.partnership.PartnershipView;
import dev.tandem.plan.PlanReader;
import dev.tandem.survey.SurveyReader;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** A partnership's meetings, scheduled from its tiers (the next three months; the past year), and their agendas built from live data. */
@ApplicationScoped
public class MeetingReader {

    static final int MONTHS_AHEAD = 3;
    static final int MONTHS_BACK = 12;

    private final Db db;
    private final GovernanceTiers tiers;
    private final MetricReader metrics;
    private final PlanReader plans;
    private final SurveyReader surveys;

    public MeetingReader(Db db, GovernanceTiers tiers, MetricReader metrics, PlanReader plans, SurveyReader surveys) {
        this.db = db;
        this.tiers = tiers;
        this.metrics = metrics;
        this.plans = plans;
        this.surveys = surveys;
    }

    /** One page of each partnership's meetings: upcoming soonest first, or past latest first. */
    public Uni<List<MeetingConnection>> meetingsOf(List<PartnershipView> partnerships, Page page, boolean upcoming) {
        List<UUID> ids = partnerships.stream().map(p -> UUID.fromString(p.id())).toList();
        Instant now = Clock.now();
        return db.read(() -> tiers.plans(ids, partnerships.stream().collect(Collectors.toMap(p -> UUID.fromString(p.id()), PartnershipView::governanceModel))))
                .map(plans -> partnerships.stream().map(p -> {
                    UUID id = UUID.fromString(p.id());
                    LocalDate start = p.startsOn() != null ? p.startsOn() : p.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
                    List<MeetingView> all = upcoming
                            ? MeetingSchedule.between(id, start, plans.get(id), now, now.atZone(ZoneOffset.UTC).plusMonths(MONTHS_AHEAD).toInstant())
                            : reversed(MeetingSchedule.between(id, start, plans.get(id), now.atZone(ZoneOffset.UTC).minusMonths(MONTHS_BACK).toInstant(), now));
                    return connection(all, page, upcoming);
                }).toList());
    }

    private static List<MeetingView> reversed(List<MeetingView> meetings) {
        List<MeetingView> copy = new ArrayList<>(meetings);
        Collections.reverse(copy);
        return copy;
    }

    private static MeetingConnection connection(List<MeetingView> all, Page page, boolean upcoming) {
        List<MeetingView> rest = page.hasCursor() ? all.stream().filter(m -> after(m, page, upcoming)).toList() : all;
        List<MeetingConnection.Edge> edges = rest.stream().limit(page.first())
                .map(m -> new MeetingConnection.Edge(Page.cursor(m.startsAt(), m.uuid()), m))
                .toList();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new MeetingConnection(edges, new PageInfo(rest.size() > page.first(), end), all.size());
    }

    private static boolean after(MeetingView m, Page page, boolean upcoming) {
        int byTime = m.startsAt().truncatedTo(ChronoUnit.MICROS).compareTo(page.afterAt());
        int order = byTime != 0 ? byTime : m.id().compareTo(page.afterId().toString());
        return upcoming ? order > 0 : order < 0;
    }

    /** Each meeting's agenda from its partnership's data now: four reads for all the meetings' partnerships. */
    public Uni<List<List<AgendaItemView>>> agendas(List<MeetingView> meetings) {
        Set<UUID> ids = meetings.stream().map(MeetingView::partnershipId).collect(Collectors.toSet());
        return metrics.ofPartnerships(ids)
                .chain(metricRows -> db.read(() -> Escalation.<Escalation>list("partnershipId in ?1 and status <> ?2", ids, EscalationStatus.RESOLVED))
                        .chain(escalations -> plans.deliverablesAtRisk(ids)
                                .chain(deliverables -> surveys.flagsOf(ids)
                                        .map(flags -> meetings.stream().map(m -> Agenda.of(m, new Agenda.Facts(
                                                metricRows.stream().filter(x -> m.partnershipId().equals(x.partnershipId())).toList(),
                                                escalations.stream().filter(e -> e.partnershipId.equals(m.partnershipId())).toList(),
                                                deliverables.stream().filter(d -> d.partnershipId().equals(m.partnershipId())).toList(),
                                                flags.stream().filter(f -> f.partnershipId().equals(m.partnershipId())).toList()))).toList()))));
    }

}
