package dev.tandem.common.db;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import dev.tandem.common.security.Callers;
import io.opentelemetry.api.trace.Span;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.ContextLocals;
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

    private static final String LAST_STEPS = "tandem.db.last-steps";
    /**
     * A request's context local: the OpenTelemetry context its units of work continue (the GraphQL operation's span)
     * when it is not the request's current one.
     */
    public static final String TRACE_PARENT = "tandem.db.trace-parent";

    private final Vertx vertx;
    private final WaitingLine patientReads;

    public Db(Vertx vertx, DbLimits limits) {
        this.vertx = vertx;
        this.patientReads = new WaitingLine(limits.patientReads());
    }

    /** Runs {@code work} in a session of its own, without a transaction (reads). */
    public <T> Uni<T> read(Supplier<Uni<T>> work) {
        return isolated(() -> Panache.withSession(work));
    }

    /**
     * A read that may wait rather than be answered busy: a subscription's start (its access check and replay). When
     * thousands of browsers reconnect at once, after a deploy say, their starts queue in memory and take a few
     * connections at a time, so the pool stays free for requests and no subscription fails for a busy database.
     */
    public <T> Uni<T> readInTurn(Supplier<Uni<T>> work) {
        return patientReads.run(() -> read(work));
    }

    /** Runs {@code work} in a transaction of its own: committed when the Uni succeeds, rolled back when it fails. */
    public <T> Uni<T> write(Supplier<Uni<T>> work) {
        return isolated(() -> Panache.withTransaction(() -> work.get().call(Db::lastSteps)));
    }

    /**
     * Adds a step that runs at the end of the current transaction, after all its other work and before it commits;
     * a second step with the same key replaces nothing (the first one runs, once). For the work whose lock must be
     * the last one a transaction takes, such as appending to an ordered change log.
     */
    public static void last(String key, Supplier<Uni<Void>> step) {
        Map<String, Supplier<Uni<Void>>> steps = ContextLocals.<Map<String, Supplier<Uni<Void>>>> get(LAST_STEPS).orElse(null);
        if (steps == null) {
            steps = new LinkedHashMap<>();
            ContextLocals.put(LAST_STEPS, steps);
        }
        steps.putIfAbsent(key, step);
    }

    private static Uni<Void> lastSteps() {
        Map<String, Supplier<Uni<Void>>> steps = ContextLocals.<Map<String, Supplier<Uni<Void>>>> get(LAST_STEPS).orElse(null);
        if (steps == null || steps.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        ContextLocals.remove(LAST_STEPS);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Supplier<Uni<Void>> step : steps.values()) {
            chain = chain.chain(() -> step.get());
        }
        return chain;
    }

    private <T> Uni<T> isolated(Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> {
            Context parent = Vertx.currentContext();
            Context context = VertxContext.createNewDuplicatedContext(parent != null ? parent : vertx.getOrCreateContext());
            if (parent != null && VertxContext.isDuplicatedContext(parent) && parent.getLocal(Callers.CONTEXT_LOCAL) != null) {
                context.putLocal(Callers.CONTEXT_LOCAL, parent.getLocal(Callers.CONTEXT_LOCAL)); // the request's caller, nothing else
            }
            VertxContextSafetyToggle.setContextSafe(context, true);
            io.opentelemetry.context.Context trace = parent != null && VertxContext.isDuplicatedContext(parent) && parent.getLocal(TRACE_PARENT) != null
                    ? parent.getLocal(TRACE_PARENT)
                    : io.opentelemetry.context.Context.current();
            context.runOnContext(ignored -> {
                inTrace(trace);
                work.get().subscribe().with(emitter::complete, failure -> emitter.fail(DbFailures.classify(failure)));
            });
        });
    }

    /**
     * Keeps the unit of work in the request's trace: its SQL statements become spans of that trace and its log lines
     * carry its traceId (without it, each statement would start a trace of its own). Never closed: the sub-context
     * ends with the unit of work.
     */
    @SuppressWarnings("resource")
    private static void inTrace(io.opentelemetry.context.Context trace) {
        if (Span.fromContext(trace).getSpanContext().isValid()) {
            trace.makeCurrent();
        }
    }
}
