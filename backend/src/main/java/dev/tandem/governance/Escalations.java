package dev.tandem.governance;

import java.time.Instant;
import java.util.UUID;

import dev.tandem.audit.AuditService.Change;
import dev.tandem.common.Changes;
import dev.tandem.common.Clock;
import dev.tandem.common.Ids;
import dev.tandem.common.Validate;
import dev.tandem.common.db.Db;
import dev.tandem.common.db.NativeSql;
import dev.tandem.common.error.Conflict;
import dev.tandem.common.error.Forbidden;
import dev.tandem.common.error.NotFound;
import dev.tandem.common.graphql.Provided;
import dev.tandem.common.security.Caller;
import dev.tandem.governance.EscalationViews.EscalationView;
import dev.tandem.metric.Metric;
import dev.tandem.metric.MetricAlarms;
import dev.tandem.metric.MetricReading;
import dev.tandem.metric.Tier;
import dev.tandem.partnership.MemberRole;
import dev.tandem.partnership.PartnershipAccess;
import dev.tandem.partnership.PartnershipAccess.Access;
import dev.tandem.partnership.Standing;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/**
 * An escalation's life: opened when a metric turns red (at most one unresolved per metric: turning red again adds
 * to it), noted when the metric is green again, acknowledged, given a packet and each party's position, raised
 * to the next tier by hand, resolved with an outcome. Climbing by itself is EscalationClimb's.
 */
@ApplicationScoped
public class Escalations implements MetricAlarms {

    static final int MAX_TEXT = 2000;

    private final Db db;
    private final PartnershipAccess access;
    private final GovernanceTiers tiers;
    private final GovernanceJournal journal;

    public Escalations(Db db, PartnershipAccess access, GovernanceTiers tiers, GovernanceJournal journal) {
        this.db = db;
        this.access = access;
        this.tiers = tiers;
        this.journal = journal;
    }

    // ------------------------------------------------------------------------------------ from the metrics

    @Override
    public Uni<Void> turnedRed(Metric metric, MetricReading reading, Instant at) {
        return unresolvedOf(metric).chain(open -> {
            if (open != null) {
                open.redCount++;
                open.backToGreenAt = null;
                journal.note(open.partnershipId, GovernanceSubject.ESCALATION, open.id, "escalation.red_again",
                        "\"" + metric.name + "\" turned red again (" + open.redCount + " times while the escalation is open).");
                return Uni.createFrom().voidItem();
            }
            Escalation escalation = new Escalation();
            escalation.id = UUID.randomUUID();
            escalation.partnershipId = metric.partnershipId;
            escalation.metricId = metric.id;
            escalation.tier = metric.escalationTier;
            escalation.status = EscalationStatus.OPEN;
            escalation.summary = "\"" + metric.name + "\" turned red at " + reading.value.stripTrailingZeros().toPlainString()
                    + (metric.unit == null ? "" : " " + metric.unit) + " (red threshold " + metric.redThreshold.stripTrailingZeros().toPlainString() + ").";
            escalation.openedAt = at;
            escalation.redCount = 1;
            return tiers.responseTime(metric.partnershipId, escalation.tier)
                    .invoke(time -> escalation.responseDueAt = at.plus(time))
                    .chain(() -> escalation.persist())
                    .invoke(() -> journal.note(escalation.partnershipId, GovernanceSubject.ESCALATION, escalation.id, "escalation.opened", escalation.summary))
                    .replaceWithVoid();
        });
    }

    @Override
    public Uni<Void> backToGreen(Metric metric, Instant at) {
        return unresolvedOf(metric).invoke(open -> {
            if (open != null) {
                open.backToGreenAt = at;
                journal.note(open.partnershipId, GovernanceSubject.ESCALATION, open.id, "escalation.back_to_green",
                        "\"" + metric.name + "\" is green again; resolving the escalation stays a person's decision.");
            }
        }).replaceWithVoid();
    }

    private static Uni<Escalation> unresolvedOf(Metric metric) {
        return Escalation.<Escalation>find("metricId = ?1 and status <> ?2", metric.id, EscalationStatus.RESOLVED).firstResult();
    }

    // ------------------------------------------------------------------------------------ by people

    public Uni<EscalationView> acknowledge(Caller caller, EscalationInputs.Revision input) {
        return change(caller, input.escalationId(), input.version(), "escalation.acknowledged", (escalation, standing) -> {
            if (escalation.status != EscalationStatus.OPEN) {
                throw new Conflict("escalationId", "Only an OPEN escalation is acknowledged; this one is " + escalation.status + ".");
            }
            escalation.status = EscalationStatus.ACKNOWLEDGED;
            escalation.acknowledgedAt = Clock.now();
            escalation.acknowledgedBy = caller.subject();
            return Uni.createFrom().item(caller.name() + " acknowledged the escalation at " + escalation.tier);
        });
    }

    public Uni<EscalationView> resolve(Caller caller, EscalationInputs.Resolve input) {
        String outcome = Validate.required("outcome", input.outcome(), MAX_TEXT);
        return change(caller, input.escalationId(), input.version(), "escalation.resolved", (escalation, standing) -> {
            unresolved(escalation);
            escalation.status = EscalationStatus.RESOLVED;
            escalation.outcome = outcome;
            escalation.resolvedAt = Clock.now();
            escalation.resolvedBy = caller.subject();
            return Uni.createFrom().item(caller.name() + " resolved the escalation: " + outcome);
        });
    }

    public Uni<EscalationView> raise(Caller caller, EscalationInputs.Raise input) {
        String reason = Validate.required("reason", input.reason(), MAX_TEXT);
        return change(caller, input.escalationId(), input.version(), "escalation.raised", (escalation, standing) -> {
            unresolved(escalation);
            Tier next = TierDefaults.above(escalation.tier);
            if (next == null) {
                throw new Conflict("escalationId", "The escalation is at the top tier already.");
            }
            Tier from = escalation.tier;
            return tiers.responseTime(escalation.partnershipId, next).map(time -> {
                climb(escalation, next, Clock.now(), time);
                String tried = (escalation.whatWasTried == null ? "" : escalation.whatWasTried + "\n") + from + ": " + reason;
                escalation.whatWasTried = tried.length() > MAX_TEXT ? tried.substring(tried.length() - MAX_TEXT) : tried;
                return caller.name() + " raised the escalation from " + from + " to " + next + ": " + reason;
            });
        });
    }

    public Uni<EscalationView> update(Caller caller, EscalationInputs.Update input, Provided provided) {
        String summary = input.summary() == null ? null : Validate.required("summary", input.summary(), MAX_TEXT);
        String tried = Validate.optional("whatWasTried", input.whatWasTried(), MAX_TEXT);
        String disputed = Validate.optional("disputed", input.disputed(), MAX_TEXT);
        return change(caller, input.escalationId(), input.version(), "escalation.updated", (escalation, standing) -> {
            unresolved(escalation);
            if (summary != null) {
                escalation.summary = summary;
            }
            if (tried != null || provided.cleared("whatWasTried", input.whatWasTried())) {
                escalation.whatWasTried = tried;
            }
            if (disputed != null || provided.cleared("disputed", input.disputed())) {
                escalation.disputed = disputed;
            }
            return Uni.createFrom().item(caller.name() + " updated the escalation's packet");
        });
    }

    /** The caller's party states (or restates) its position; only a person of an accepted party, for their own party. */
    public Uni<EscalationView> statePosition(Caller caller, EscalationInputs.Position input) {
        String position = Validate.required("position", input.position(), MAX_TEXT);
        String interest = Validate.optional("interest", input.interest(), MAX_TEXT);
        UUID id = Ids.parse(input.escalationId()).orElse(null);
        if (id == null) {
            return Uni.createFrom().failure(notFound());
        }
        return db.write(() -> locked(caller, id).chain(locked -> {
            Escalation escalation = locked.escalation();
            checkMayAct(escalation, locked.granted().standing());
            unresolved(escalation);
            Instant now = Clock.now();
            return NativeSql.execute("""
                    INSERT INTO escalation_position (escalation_id, organization_id, position, interest, stated_by, stated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                    ON CONFLICT (escalation_id, organization_id) DO UPDATE
                    SET position = excluded.position, interest = excluded.interest, stated_by = excluded.stated_by, stated_at = excluded.stated_at""",
                    escalation.id, locked.granted().organization().id, position, interest, caller.subject(), now)
                    .call(() -> journal.record(caller, locked.granted().organization(), new Change(escalation.partnershipId, "escalation.position_stated",
                            "Escalation", escalation.id, caller.name() + " stated " + locked.granted().organization().name + "'s position", null,
                            Changes.state("position", position))))
                    .map(ignored -> EscalationReader.view(escalation, locked.granted().standing()));
        }));
    }

    // ------------------------------------------------------------------------------------ shared

    /** One edit of an escalation: a stale version is a CONFLICT; {@code edit} changes it and says what happened, for the audit trail. */
    private Uni<EscalationView> change(Caller caller, String escalationId, int version, String action, Edit edit) {
        UUID id = Ids.parse(escalationId).orElse(null);
        if (id == null) {
            return Uni.createFrom().failure(notFound());
        }
        return db.write(() -> locked(caller, id).chain(locked -> {
            Escalation escalation = locked.escalation();
            checkMayAct(escalation, locked.granted().standing());
            if (escalation.version != version) {
                throw new Conflict("version", "The escalation was changed in the meantime: reload it and try again.");
            }
            return edit.apply(escalation, locked.granted().standing())
                    .chain(summary -> journal.record(caller, locked.granted().organization(), new Change(escalation.partnershipId, action, "Escalation",
                            escalation.id, summary, null, Changes.state("tier", escalation.tier, "status", escalation.status))))
                    .call(() -> Panache.getSession().chain(session -> session.flush()))
                    .map(ignored -> EscalationReader.view(escalation, locked.granted().standing()));
        }));
    }

    @FunctionalInterface
    private interface Edit {
        Uni<String> apply(Escalation escalation, Standing standing);
    }

    private record Locked(Escalation escalation, Access granted) {
    }

    private Uni<Locked> locked(Caller caller, UUID id) {
        return Escalation.<Escalation>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(Escalations::notFound)
                .chain(escalation -> access.require(caller, escalation.partnershipId)
                        .onFailure(NotFound.class).transform(e -> notFound())
                        .map(granted -> new Locked(escalation, granted)));
    }

    /** Sponsors and steering members of an accepted party act on escalations; at EXECUTION, leads too. */
    static boolean mayAct(Escalation escalation, Standing standing) {
        return standing.steers() || standing.accepted() && escalation.tier == Tier.EXECUTION && standing.role() == MemberRole.LEAD;
    }

    private static void checkMayAct(Escalation escalation, Standing standing) {
        if (!mayAct(escalation, standing)) {
            throw new Forbidden("Only sponsors and steering members (and at EXECUTION, leads) of an accepted party work on escalations.");
        }
    }

    private static void unresolved(Escalation escalation) {
        if (escalation.status == EscalationStatus.RESOLVED) {
            throw new Conflict("escalationId", "The escalation is resolved.");
        }
    }

    /** Hands the escalation to {@code next}, which has {@code responseTime} from now to take it up. */
    static void climb(Escalation escalation, Tier next, Instant at, java.time.Duration responseTime) {
        escalation.tier = next;
        escalation.status = EscalationStatus.OPEN;
        escalation.climbedAt = at;
        escalation.responseDueAt = at.plus(responseTime);
    }

    static NotFound notFound() {
        return new NotFound("escalationId", "No escalation with that id.");
    }
}
