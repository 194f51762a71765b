package dev.tandem.common.security;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

import dev.tandem.common.db.Db;
import dev.tandem.common.db.PgListeners;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The Keycloak sessions ({@code sid}) that have ended, as every replica knows them. A sign-out is stored in
 * {@code ended_session} and announced with NOTIFY; each replica keeps the set in memory (checked on every
 * request without a query), adds a session the moment it is notified, closes that session's sockets, and
 * re-reads the table on a timer and whenever its LISTEN connection comes back, so a missed notification
 * delays a sign-out by at most {@code tandem.security.ended-session-refresh}.
 */
@ApplicationScoped
public class EndedSessions {

    static final String CHANNEL = "tandem_session_ended";
    private static final Logger LOG = Logger.getLogger(EndedSessions.class);
    private static final long PURGE_EVERY_MS = 3_600_000;

    /** sid → when this replica learnt of it (millis), to forget it after the retention. */
    private final Map<String, Long> ended = new ConcurrentHashMap<>();
    private final Vertx vertx;
    private final Db db;
    private final SessionSockets sockets;
    private final SecuritySettings settings;
    private final PgListeners listeners;
    private PgListeners.Listener listener;

    public EndedSessions(Vertx vertx, Db db, SessionSockets sockets, SecuritySettings settings,
            PgListeners listeners) {
        this.vertx = vertx;
        this.db = db;
        this.sockets = sockets;
        this.settings = settings;
        this.listeners = listeners;
    }

    void start(@Observes StartupEvent event) {
        listener = listeners.listener(CHANNEL);
        listener.connect(this::ended, this::reload); // (re)listening: catch up on whatever was missed meanwhile
        vertx.setPeriodic(settings.endedSessionRefresh().toMillis(), id -> reload());
        vertx.setPeriodic(PURGE_EVERY_MS, id -> purge());
        reload();
    }

    void stop(@Observes ShutdownEvent event) {
        if (listener != null) {
            listener.close();
        }
    }

    /** Whether the session {@code sid} has ended (answers from memory). */
    public boolean hasEnded(String sid) {
        return sid != null && ended.containsKey(sid);
    }

    /** Ends the session on every replica: stored, then announced at commit. */
    public Uni<Void> end(String sid) {
        return db.write(() -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery("INSERT INTO ended_session (sid) VALUES (?1) ON CONFLICT (sid) DO NOTHING")
                        .setParameter(1, sid)
                        .executeUpdate()
                        .chain(ignored -> session.createNativeQuery("SELECT pg_notify('" + CHANNEL + "', ?1)")
                                .setParameter(1, sid)
                                .getSingleResult())))
                .invoke(() -> ended(sid))
                .replaceWithVoid();
    }

    private void ended(String sid) {
        if (ended.putIfAbsent(sid, System.currentTimeMillis()) == null) {
            LOG.debugf("Session %s has ended", sid);
        }
        sockets.close(sid); // also when already known: a socket may have been opened on this replica meanwhile
    }

    private void reload() {
        OffsetDateTime since = OffsetDateTime.now().minus(settings.endedSessionRetention());
        db.read(() -> Panache.getSession().flatMap(session -> session
                        .createNativeQuery("SELECT sid FROM ended_session WHERE ended_at > ?1", String.class)
                        .setParameter(1, since)
                        .getResultList()))
                .subscribe().with(this::known, error -> LOG.warn("Could not read the ended sessions; will retry", error));
    }

    private void known(List<String> sids) {
        for (String sid : sids) {
            if (!ended.containsKey(sid)) {
                ended(sid);
            }
        }
    }

    /** Idempotent, so every replica may run it. */
    private void purge() {
        long forgetBefore = System.currentTimeMillis() - settings.endedSessionRetention().toMillis();
        ended.values().removeIf(learnt -> learnt < forgetBefore);
        OffsetDateTime before = OffsetDateTime.now().minus(settings.endedSessionRetention());
        db.write(() -> Panache.getSession().flatMap(session -> session
                        .createNativeQuery("DELETE FROM ended_session WHERE ended_at < ?1")
                        .setParameter(1, before)
                        .executeUpdate()))
                .subscribe().with(deleted -> LOG.debugf("Forgot %d ended sessions", deleted),
                        error -> LOG.warn("Could not purge the ended sessions", error));
    }
}
