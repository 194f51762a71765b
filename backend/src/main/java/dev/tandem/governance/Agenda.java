package dev.tandem.governance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import dev.tandem.governance.GovernanceViews.AgendaItemView;
import dev.tandem.governance.GovernanceViews.MeetingView;
import dev.tandem.metric.MetricViews.MetricView;
import dev.tandem.metric.Rag;
import dev.tandem.plan.PlanReader.DeliverableAtRisk;
import dev.tandem.survey.SurveyReader.SurveyFlag;

/**
 * A meeting's agenda from the partnership's data, before any status update: red metrics first, then amber, the
 * escalations waiting on this tier, deliverables at risk and the health pulse's flags. Pure.
 */
final class Agenda {

    /** What the agenda of one partnership's meetings is built from. */
    /** An item someone put on one meeting's agenda. */
    record ManualItem(UUID id, UUID meetingId, String title) {
    }

    record Facts(List<MetricView> metrics, List<Escalation> escalations, List<ActionItem> overdue, List<DeliverableAtRisk> deliverables, List<SurveyFlag> flags,
            List<ManualItem> manual) {
    }

    private Agenda() {
    }

    static List<AgendaItemView> of(MeetingView meeting, Facts facts) {
        List<AgendaItemView> items = new ArrayList<>();
        metrics(facts.metrics(), Rag.RED, AgendaItemKind.RED_METRIC, items);
        metrics(facts.metrics(), Rag.AMBER, AgendaItemKind.AMBER_METRIC, items);
        facts.escalations().stream()
                .filter(e -> e.tier == meeting.tier() && e.status != EscalationStatus.RESOLVED)
                .sorted(Comparator.comparing((Escalation e) -> e.openedAt))
                .forEach(e -> items.add(new AgendaItemView(AgendaItemKind.ESCALATION, e.summary, null, e.id.toString())));
        facts.overdue().stream()
                .filter(a -> a.tier == meeting.tier())
                .sorted(Comparator.comparing((ActionItem a) -> a.dueOn))
                .forEach(a -> items.add(new AgendaItemView(AgendaItemKind.OVERDUE_ACTION, a.title + " (" + a.ownerEmail + ", due " + a.dueOn + ")", null,
                        a.id.toString())));
        facts.deliverables().forEach(d -> items.add(new AgendaItemView(AgendaItemKind.DELIVERABLE_AT_RISK,
                d.title() + " (" + d.status().name().replace('_', ' ').toLowerCase() + ")", null, d.id())));
        facts.flags().forEach(f -> items.add(new AgendaItemView(AgendaItemKind.SURVEY_FLAG, f.title(), null, f.surveyId())));
        facts.manual().stream()
                .filter(m -> m.meetingId().equals(meeting.uuid()))
                .forEach(m -> items.add(new AgendaItemView(AgendaItemKind.MANUAL, m.title(), null, null)));
        return items;
    }

    private static void metrics(List<MetricView> metrics, Rag status, AgendaItemKind kind, List<AgendaItemView> items) {
        metrics.stream()
                .filter(m -> m.status() == status)
                .sorted(Comparator.comparing(MetricView::name))
                .forEach(m -> items.add(new AgendaItemView(kind, m.name() + " is " + status, status, m.id())));
    }
}
