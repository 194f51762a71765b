package dev.tandem.governance;

import java.time.Instant;
import java.util.List;

import org.jboss.logging.Logger;

import dev.tandem.audit.AuditService.Change;
import dev.tandem.common.Changes;
import dev.tandem.common.Clock;
import dev.tandem.common.db.Db;
import dev.tandem.common.security.Caller;
import dev.tandem.metric.Tier;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Escalations climb by themselves: every few seconds each replica locks the OPEN escalations whose tier's
 * response time ran out (skipping those another replica holds) and hands each to the next tier, audited as
 * Tandem's doing, in one transaction. An escalation at the top tier stays where it is.
 */
@ApplicationScoped
public class EscalationClimb {

    private static final Logger LOG = Logger.getLogger(EscalationClimb.class);
    static final long EVERY_MS = 5_000;
    static final int BATCH = 50;
    static final Caller TANDEM = Caller.system("escalations");

    private final Vertx vertx;
    private final Db db;
    private final GovernanceTiers tiers;
    private final GovernanceJournal journal;
    private long timer = -1;

    public EscalationClimb(Vertx vertx, Db db, GovernanceTiers tiers, GovernanceJournal journal) {
        this.vertx = vertx;
        this.db = db;
        this.tiers = tiers;
        this.journal = journal;
    }

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(EVERY_MS, id -> climbDue()
                .subscribe().with(climbed -> LOG.debugf("%d escalations climbed", climbed), error -> LOG.warn("Could not climb escalations; will retry", error)));
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
    }

    /** Hands every overdue OPEN escalation below the top tier to the next tier; answers how many this call moved. */
    public Uni<Integer> climbDue() {
        Instant now = Clock.now();
        return db.write(() -> Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT * FROM escalation WHERE status = 'OPEN' AND response_due_at <= :now AND tier <> 'STRATEGIC'
                        ORDER BY response_due_at LIMIT :limit FOR UPDATE SKIP LOCKED""", Escalation.class)
                        .setParameter("now", now)
                        .setParameter("limit", BATCH)
                        .getResultList())
                .chain(due -> climbAll(due, now)));
    }

    private Uni<Integer> climbAll(List<Escalation> due, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Escalation escalation : due) {
            Tier from = escalation.tier;
            Tier to = TierDefaults.above(from);
            chain = chain.chain(() -> tiers.responseTime(escalation.partnershipId, to))
                    .invoke(time -> Escalations.climb(escalation, to, now, time))
                    .chain(() -> journal.record(TANDEM, null, new Change(escalation.partnershipId, "escalation.climbed", "Escalation", escalation.id,
                    "The escalation climbed from " + from + " to " + to + ": " + from + " did not take it up within its response time",
                    Changes.state("tier", from), Changes.state("tier", to))).replaceWithVoid());
        }
        return chain.chain(() -> Panache.getSession().chain(session -> session.flush())).replaceWith(due.size());
    }
}
