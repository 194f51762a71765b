package dev.tandem.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hibernate.reactive.mutiny.Mutiny;

import dev.tandem.audit.AuditEvent;
import dev.tandem.audit.AuditService;
import dev.tandem.audit.AuditService.Change;
import dev.tandem.common.Clock;
import dev.tandem.common.db.Db;
import dev.tandem.common.events.ChangeLogs;
import dev.tandem.common.security.Caller;
import dev.tandem.organization.Organization;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes a governance change in its own transaction twice: in the audit trail, and in the governance change log that
 * subscriptions follow (GovernanceChangeHub). The log's rows are appended last in the transaction, once everything
 * else it writes is flushed, under the log's lock: so they commit in {@code seq} order, and a transaction waiting
 * for the lock holds no row that the holder still needs.
 */
@ApplicationScoped
public class GovernanceJournal {

    static final String CHANNEL = "tandem_governance";
    /** The advisory lock key that orders writers of the governance change log ("tandem" + 2). */
    private static final long LOG_LOCK = 0x74616e64656d02L;
    private static final String PENDING = "tandem.governance.pending-changes";
    private static final int MAX_SUMMARY = 500;

    private final AuditService audit;

    public GovernanceJournal(AuditService audit) {
        this.audit = audit;
    }

    /** An audited governance change: kept in the audit trail, and announced to the partnership's subscribers at commit. */
    public Uni<AuditEvent> record(Caller caller, Organization callerOrganization, Change change) {
        note(change.partnershipId(), GovernanceSubject.ofEntityType(change.entityType()), change.entityId(), change.action(), change.summary());
        return audit.record(caller, callerOrganization, change);
    }

    /** A change that only subscribers hear of (an escalation opened, or noted, by a metric's reading), at commit. */
    void note(UUID partnershipId, GovernanceSubject subject, UUID subjectId, String action, String summary) {
        GovernanceChange change = new GovernanceChange();
        change.partnershipId = partnershipId;
        change.subject = subject;
        change.subjectId = subjectId;
        change.action = action;
        change.summary = summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY - 3) + "..." : summary;
        change.at = Clock.now();
        List<GovernanceChange> pending = ContextLocals.<List<GovernanceChange>> get(PENDING).orElse(null);
        if (pending == null) {
            pending = new ArrayList<>();
            ContextLocals.put(PENDING, pending);
            Db.last(CHANNEL, this::append);
        }
        pending.add(change);
    }

    private Uni<Void> append() {
        List<GovernanceChange> pending = ContextLocals.<List<GovernanceChange>> get(PENDING).orElse(List.of());
        ContextLocals.remove(PENDING);
        if (pending.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> chain = flush().chain(() -> ChangeLogs.lock(LOG_LOCK));
        for (GovernanceChange change : pending) {
            chain = chain.chain(() -> change.persist()).replaceWithVoid();
        }
        return chain.chain(GovernanceJournal::flush).chain(() -> ChangeLogs.wake(CHANNEL, pending.get(pending.size() - 1).seq));
    }

    private static Uni<Void> flush() {
        return Panache.getSession().chain(Mutiny.Session::flush);
    }
}
