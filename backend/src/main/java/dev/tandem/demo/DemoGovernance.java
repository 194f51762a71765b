package dev.tandem.demo;

import static dev.tandem.demo.DemoPeople.ALICE;
import static dev.tandem.demo.DemoPeople.GRACE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import dev.tandem.common.graphql.Page;
import dev.tandem.common.graphql.Provided;
import dev.tandem.governance.DecisionType;
import dev.tandem.governance.EscalationInputs;
import dev.tandem.governance.EscalationReader;
import dev.tandem.governance.Escalations;
import dev.tandem.governance.GovernanceViews.MeetingView;
import dev.tandem.governance.MeetingInputs;
import dev.tandem.governance.MeetingReader;
import dev.tandem.governance.MeetingRecords;
import dev.tandem.metric.MetricDefinitions;
import dev.tandem.metric.MetricInputs;
import dev.tandem.metric.MetricReader;
import dev.tandem.metric.Tier;
import dev.tandem.partnership.PartnershipView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Seeds governance: the latest past steering and execution meetings minuted, with a decision both sponsors took
 * and action items (one open, one overdue, so the next agenda shows it), and the red metric's escalation raised
 * from steering to the executive sponsors, and a stricter threshold Globex proposed for an Acme metric, waiting for Acme.
 */
@ApplicationScoped
class DemoGovernance {

    private final MeetingReader meetings;
    private final MeetingRecords records;
    private final EscalationReader escalations;
    private final Escalations lifecycle;
    private final MetricReader metrics;
    private final MetricDefinitions definitions;

    DemoGovernance(MeetingReader meetings, MeetingRecords records, EscalationReader escalations, Escalations lifecycle, MetricReader metrics,
            MetricDefinitions definitions) {
        this.meetings = meetings;
        this.records = records;
        this.escalations = escalations;
        this.lifecycle = lifecycle;
        this.metrics = metrics;
        this.definitions = definitions;
    }

    Uni<Void> seed(PartnershipView partnership) {
        return meetings.meetingsOf(List.of(partnership), Page.of(100, null, 100), false)
                .chain(pages -> {
                    List<MeetingView> past = pages.get(0).edges().stream().map(e -> e.node()).toList();
                    MeetingView steering = past.stream().filter(m -> m.tier() == Tier.STEERING).findFirst().orElse(null);
                    MeetingView execution = past.stream().filter(m -> m.tier() == Tier.EXECUTION).findFirst().orElse(null);
                    return minute(partnership, steering, "Reviewed complaints with both depots; Globex will staff the evening shift.")
                            .chain(() -> decide(partnership, steering))
                            .chain(() -> act(partnership, steering, "Staff the evening shift at the Leipzig depot", "gus@globex.example", 5))
                            .chain(() -> minute(partnership, execution, "Joint offer: pricing page live; two regions wait for carrier contracts."))
                            .chain(() -> act(partnership, execution, "Send the carrier contracts to Globex legal", "aaron@acme.example", -1));
                })
                .chain(() -> escalations.escalationsOf(List.of(partnership)))
                .chain(lists -> lists.get(0).stream().filter(e -> e.tier() == Tier.STEERING).findFirst()
                        .map(e -> lifecycle.raise(GRACE, new EscalationInputs.Raise(e.id(), e.version(),
                                "Steering could not agree who pays for the evening shift")).replaceWithVoid())
                        .orElse(Uni.createFrom().voidItem()))
                .chain(() -> pendingThresholds(partnership));
    }

    /** Grace proposes a stricter amber threshold for Acme's joint-offer orders: it waits for Acme to agree. */
    private Uni<Void> pendingThresholds(PartnershipView partnership) {
        return metrics.ofPartnerships(List.of(UUID.fromString(partnership.id())))
                .chain(all -> all.stream().filter(m -> m.name().equals("Joint-offer orders")).findFirst()
                        .map(m -> definitions.update(GRACE, new MetricInputs.Update(m.id(), m.version(), null, null, m.target(), new BigDecimal("3500"),
                                m.redThreshold(), null, null), Provided.NONE).replaceWithVoid())
                        .orElse(Uni.createFrom().voidItem()));
    }

    private Uni<Void> minute(PartnershipView partnership, MeetingView meeting, String minutes) {
        if (meeting == null) {
            return Uni.createFrom().voidItem();
        }
        return records.recordMinutes(ALICE, new MeetingInputs.Minutes(partnership.id(), meeting.id(), meeting.version(), minutes,
                List.of("alice@acme.example", "aaron@acme.example", "grace@globex.example", "gus@globex.example"))).replaceWithVoid();
    }

    private Uni<Void> decide(PartnershipView partnership, MeetingView meeting) {
        if (meeting == null) {
            return Uni.createFrom().voidItem();
        }
        return records.recordDecision(ALICE, new MeetingInputs.Decide(partnership.id(), meeting.id(), "Orders placed by 17:00 ship next day from March",
                DecisionType.SCOPE_CHANGE, List.of("alice@acme.example", "grace@globex.example"))).replaceWithVoid();
    }

    private Uni<Void> act(PartnershipView partnership, MeetingView meeting, String title, String owner, int dueInDays) {
        if (meeting == null) {
            return Uni.createFrom().voidItem();
        }
        return records.addActionItem(ALICE, new MeetingInputs.AddAction(partnership.id(), meeting.id(), null, title, owner,
                LocalDate.now(ZoneOffset.UTC).plusDays(dueInDays))).replaceWithVoid();
    }
}
