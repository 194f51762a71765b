package dev.tandem.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tandem.common.Clock;
import dev.tandem.common.db.Db;
import dev.tandem.common.error.NotFound;
import dev.tandem.common.graphql.Page;
import dev.tandem.common.graphql.PageInfo;
import dev.tandem.governance.GovernanceViews.ActionItemView;
import dev.tandem.governance.GovernanceViews.AgendaItemView;
import dev.tandem.governance.GovernanceViews.MeetingConnection;
import dev.tandem.governance.GovernanceViews.MeetingView;
import dev.tandem.metric.MetricReader;
import dev.tandem.metric.Tier;
import dev.tandem.partnership.PartnershipAccess.Access;
import dev.tandem.partnership.PartnershipView;
import dev.tandem.plan.PlanReader;
import dev.tandem.survey.SurveyReader;
import io.quarkus.hibernate.reactive.panache.Panache;
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
    private final ObjectMapper json;

    public MeetingReader(Db db, GovernanceTiers tiers, MetricReader metrics, PlanReader plans, SurveyReader surveys, ObjectMapper json) {
        this.db = db;
        this.tiers = tiers;
        this.metrics = metrics;
        this.plans = plans;
        this.surveys = surveys;
        this.json = json;
    }

    /** One page of each partnership's meetings: upcoming soonest first, or past latest first. */
    public Uni<List<MeetingConnection>> meetingsOf(List<PartnershipView> partnerships, Page page, boolean upcoming) {
        List<UUID> ids = partnerships.stream().map(p -> UUID.fromString(p.id())).toList();
        Instant now = Clock.now();
        return db.read(() -> tiers.plans(ids, partnerships.stream().collect(Collectors.toMap(p -> UUID.fromString(p.id()), PartnershipView::governanceModel, (a, b) -> a)))
                        .chain(plans -> Meeting.<Meeting>list("partnershipId in ?1", ids).map(stored -> new Scheduled(plans, stored))))
                .map(scheduled -> partnerships.stream().map(p -> {
                    UUID id = UUID.fromString(p.id());
                    LocalDate start = p.startsOn() != null ? p.startsOn() : p.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
                    List<MeetingView> all = upcoming
                            ? MeetingSchedule.between(id, start, scheduled.plans().get(id), now, now.atZone(ZoneOffset.UTC).plusMonths(MONTHS_AHEAD).toInstant())
                            : MeetingSchedule.between(id, start, scheduled.plans().get(id), now.atZone(ZoneOffset.UTC).minusMonths(MONTHS_BACK).toInstant(), now);
                    List<MeetingView> overlaid = new ArrayList<>(all.stream().map(scheduled::overlay).toList());
                    overlaid.sort(Comparator.comparing(MeetingView::startsAt).thenComparing(MeetingView::id));
                    return connection(upcoming ? overlaid : reversed(overlaid), page, upcoming);
                }).toList());
    }

    /** The tiers as they apply and the meetings something was recorded for. */
    private record Scheduled(Map<UUID, List<TierPlan>> plans, List<Meeting> stored) {

        MeetingView overlay(MeetingView scheduled) {
            return stored.stream().filter(row -> row.id.equals(scheduled.uuid())).findFirst().map(MeetingReader::view).orElse(scheduled);
        }
    }

    /** The meeting with this id of the partnership (stored, or an occurrence of the last year or the next three months), within the current session. */
    Uni<MeetingView> occurrence(Access granted, UUID id) {
        UUID partnershipId = granted.partnership().id;
        return Meeting.<Meeting>findById(id).chain(row -> {
            if (row != null && row.partnershipId.equals(partnershipId)) {
                return Uni.createFrom().item(view(row));
            }
            Instant now = Clock.now();
            LocalDate start = granted.partnership().startsOn != null ? granted.partnership().startsOn
                    : granted.partnership().createdAt.atZone(ZoneOffset.UTC).toLocalDate();
            return tiers.plans(List.of(partnershipId), Map.of(partnershipId, granted.partnership().governanceModel))
                    .map(plans -> MeetingSchedule.between(partnershipId, start, plans.get(partnershipId),
                                    now.atZone(ZoneOffset.UTC).minusMonths(MONTHS_BACK).toInstant(), now.atZone(ZoneOffset.UTC).plusMonths(MONTHS_AHEAD).toInstant())
                            .stream().filter(m -> m.uuid().equals(id)).findFirst()
                            .orElseThrow(() -> new NotFound("meetingId", "No meeting with that id.")));
        });
    }

    /** The stored meetings with these ids (null where none is stored), in input order: one statement. */
    public Uni<List<MeetingView>> stored(List<UUID> ids) {
        List<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Uni.createFrom().item(ids.stream().map(id -> (MeetingView) null).toList());
        }
        return db.read(() -> Meeting.<Meeting> list("id in ?1", wanted)).map(rows -> {
            Map<UUID, MeetingView> byId = rows.stream().collect(Collectors.toMap(row -> row.id, MeetingReader::view));
            return ids.stream().map(id -> id == null ? null : byId.get(id)).toList();
        });
    }

    /** The members' emails of one of the partnership's tiers, within the current session. */
    Uni<List<String>> tierMembers(Access granted, Tier tier) {
        UUID partnershipId = granted.partnership().id;
        return tiers.plans(List.of(partnershipId), Map.of(partnershipId, granted.partnership().governanceModel))
                .map(plans -> plans.get(partnershipId).stream().filter(t -> t.tier() == tier).flatMap(t -> t.members().stream()).toList());
    }

    static MeetingView view(Meeting row) {
        return new MeetingView(row.id.toString(), row.tier, row.title, row.startsAt, row.durationMinutes, row.minutes, row.minutedAt, row.version,
                row.cancelled, row.cancelReason, row.partnershipId, row.agenda);
    }

    static ActionItemView view(ActionItem item) {
        return new ActionItemView(item.id.toString(), item.title, item.dueOn, item.done, item.tier,
                !item.done && item.dueOn.isBefore(LocalDate.now(ZoneOffset.UTC)), item.version, item.ownerEmail, item.partnershipId, item.meetingId);
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

    /** Each meeting's agenda: frozen when it was minuted, else from its partnership's data now (five reads for all the meetings' partnerships). */
    public Uni<List<List<AgendaItemView>>> agendas(List<MeetingView> meetings) {
        Set<UUID> ids = meetings.stream().filter(m -> m.frozenAgenda() == null).map(MeetingView::partnershipId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Uni.createFrom().item(meetings.stream().map(this::frozen).toList());
        }
        return metrics.ofPartnerships(ids)
                .chain(metricRows -> db.read(() -> Escalation.<Escalation>list("partnershipId in ?1 and status <> ?2", ids, EscalationStatus.RESOLVED)
                                .chain(escalations -> ActionItem.<ActionItem>list("partnershipId in ?1 and done = false and dueOn < ?2", ids, LocalDate.now(ZoneOffset.UTC))
                                        .chain(overdue -> manualItems(meetings).map(manual -> new Live(escalations, overdue, manual)))))
                        .chain(live -> plans.deliverablesAtRisk(ids)
                                .chain(deliverables -> surveys.flagsOf(ids)
                                        .map(flags -> meetings.stream().map(m -> m.frozenAgenda() != null ? frozen(m) : Agenda.of(m, new Agenda.Facts(
                                                metricRows.stream().filter(x -> m.partnershipId().equals(x.partnershipId())).toList(),
                                                live.escalations().stream().filter(e -> e.partnershipId.equals(m.partnershipId())).toList(),
                                                live.overdue().stream().filter(a -> a.partnershipId.equals(m.partnershipId())).toList(),
                                                deliverables.stream().filter(d -> d.partnershipId().equals(m.partnershipId())).toList(),
                                                flags.stream().filter(f -> f.partnershipId().equals(m.partnershipId())).toList(),
                                                live.manual()))).toList()))));
    }

    private record Live(List<Escalation> escalations, List<ActionItem> overdue, List<Agenda.ManualItem> manual) {
    }

    private static Uni<List<Agenda.ManualItem>> manualItems(List<MeetingView> meetings) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT id, meeting_id, title FROM meeting_agenda_item WHERE meeting_id IN (:ids) ORDER BY added_at", Object[].class)
                .setParameter("ids", meetings.stream().map(MeetingView::uuid).collect(Collectors.toSet()))
                .getResultList())
                .map(rows -> rows.stream().map(r -> new Agenda.ManualItem((UUID) r[0], (UUID) r[1], (String) r[2])).toList());
    }

    /** The agenda a meeting has now, for freezing it at minuting. */
    Uni<List<AgendaItemView>> agendaNow(MeetingView meeting) {
        return agendas(List.of(meeting)).map(list -> list.get(0));
    }

    private List<AgendaItemView> frozen(MeetingView meeting) {
        try {
            return List.of(json.readValue(meeting.frozenAgenda(), AgendaItemView[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A frozen agenda is not readable", e);
        }
    }

}
