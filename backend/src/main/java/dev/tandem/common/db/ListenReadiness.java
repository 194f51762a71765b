package dev.tandem.common.db;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Ready only while every LISTEN connection listens (DOWN from start until each first connects). Without one, this
 * replica misses other replicas' events and sign-outs until it is back, so new subscribers should go elsewhere.
 * Readiness, not liveness: the connection comes back by itself, and while the database is away every replica loses
 * it at once; a liveness failure would restart them all, which brings nothing back sooner.
 */
@Readiness
@ApplicationScoped
public class ListenReadiness implements HealthCheck {

    private final PgListeners listeners;

    public ListenReadiness(PgListeners listeners) {
        this.listeners = listeners;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("LISTEN connections").up();
        for (PgListeners.Listener listener : listeners.all()) {
            response.withData(listener.channel(), listener.listening() ? "listening" : "not connected");
            if (!listener.listening()) {
                response.down();
            }
        }
        return response.build();
    }
}
