package dev.tandem.common.db;

import java.util.function.Supplier;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Unit-of-work boundaries for services: every call gets its own reactive session on a fresh Vert.x
 * sub-context.
 *
 * <p>GraphQL resolves sibling fields concurrently within one request; with {@code @WithSession} they would
 * share the request's session and corrupt it (quarkus#32870, HR000069 / "Illegal pop()"). Running each
 * unit of work on its own duplicated context gives each one a session of its own while keeping the same
 * event-loop thread. A failure of the database itself leaves as a typed failure a client can act on (DbFailures).
 */
@ApplicationScoped
public class Db {

    private final Vertx vertx;

    public Db(Vertx vertx) {
        this.vertx = vertx;
    }

    /** Runs {@code work} in a session of its own, without a transaction (reads). */
    public <T> Uni<T> read(Supplier<Uni<T>> work) {
        return isolated(() -> Panache.withSession(work));
    }

    /** Runs {@code work} in a transaction of its own: committed when the Uni succeeds, rolled back when it fails. */
    public <T> Uni<T> write(Supplier<Uni<T>> work) {
        return isolated(() -> Panache.withTransaction(work));
    }

    private <T> Uni<T> isolated(Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> {
            Context parent = Vertx.currentContext();
            Context context = VertxContext.createNewDuplicatedContext(parent != null ? parent : vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(ignored -> work.get().subscribe().with(emitter::complete, failure -> emitter.fail(DbFailures.classify(failure))));
        });
    }
}
