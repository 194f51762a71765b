package dev.tandem.demo;

import java.time.Duration;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import dev.tandem.common.config.TandemConfig;
import dev.tandem.common.db.ClusterLock;
import dev.tandem.common.error.Unavailable;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The {@code demo} data set (TANDEM_DATA_SET=demo): the organisations of keycloak-realm/ and the
 * partnership "Acme × Globex" with a ratified plan version 1 and a draft version 2. Each feature's
 * seeder makes its part through that feature's services, as Alice (Acme's sponsor) and Grace (Globex's
 * sponsor) would, so it obeys every rule and leaves a real audit trail. Loaded once, also when several replicas
 * start together; the service reports ready only when it is in.
 */
@ApplicationScoped
@Readiness
public class DemoData implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final boolean wanted;
    private final DemoOrganizations organizations;
    private final DemoPartnership partnership;
    private final DemoMetrics metrics;
    private final DemoPlan plan;
    private final DemoProgress progress;
    private final DemoSurveys surveys;
    private final DemoGovernance governance;
    private final ClusterLock lock;
    private volatile boolean loaded;
    private volatile String failure;

    public DemoData(TandemConfig config, DemoOrganizations organizations, DemoPartnership partnership, DemoMetrics metrics, DemoPlan plan,
            DemoProgress progress, DemoSurveys surveys, DemoGovernance governance, ClusterLock lock) {
        this.wanted = config.dataSet().filter("demo"::equals).isPresent();
        this.organizations = organizations;
        this.partnership = partnership;
        this.metrics = metrics;
        this.plan = plan;
        this.progress = progress;
        this.surveys = surveys;
        this.governance = governance;
        this.lock = lock;
    }

    void onStart(@Observes StartupEvent event) {
        if (!wanted) {
            loaded = true;
            return;
        }
        // replicas that start together on an empty database load it once: the first one, while the others wait
        lock.holding("demo-data", () -> partnership.present()
                // the first read of a replica starting beside others may find its pool not yet filled: asked again, not given up
                .onFailure(Unavailable.class).retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2)).atMost(10)
                .chain(present -> present ? Uni.createFrom().item(false) : seed().replaceWith(true)))
                .subscribe().with(this::loaded, this::failed);
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("data-set").status(loaded).withData("state", loaded ? "loaded" : failure == null ? "loading" : failure).build();
    }

    /** Each feature in the order the product is used: who takes part, the partnership, its metrics, the plan that links to them, the health pulse, governance. */
    private Uni<Void> seed() {
        return organizations.seed()
                .chain(partnership::seed)
                .call(metrics::seed)
                .call(plan::versionOne)
                .call(progress::seed)
                .call(surveys::seed)
                .call(governance::seed)
                .chain(plan::versionTwo);
    }

    private void loaded(boolean created) {
        loaded = true;
        LOG.infof(created ? "Demo data loaded" : "Demo data already present");
    }

    private void failed(Throwable error) {
        failure = "demo data could not be loaded";
        LOG.error("Demo data could not be loaded", error);
    }
}
