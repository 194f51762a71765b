package dev.tandem.metric;

import java.util.List;
import java.util.UUID;

import dev.tandem.audit.AuditService;
import dev.tandem.audit.AuditService.Change;
import dev.tandem.common.Changes;
import dev.tandem.common.Ids;
import dev.tandem.common.db.Db;
import dev.tandem.common.error.Conflict;
import dev.tandem.common.error.Forbidden;
import dev.tandem.common.error.NotFound;
import dev.tandem.common.security.Caller;
import dev.tandem.metric.MetricViews.MetricView;
import dev.tandem.partnership.PartnershipAccess;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/** Another party's answer to a proposed change of a metric's target and thresholds: agreed, it takes effect (re-rating the latest reading); declined, it is dropped. */
@ApplicationScoped
public class MetricChangeApproval {

    private final Db db;
    private final MetricRepository metrics;
    private final MetricReader reader;
    private final StatusTransitions transitions;
    private final PartnershipAccess access;
    private final AuditService audit;

    public MetricChangeApproval(Db db, MetricRepository metrics, MetricReader reader, StatusTransitions transitions, PartnershipAccess access, AuditService audit) {
        this.db = db;
        this.metrics = metrics;
        this.reader = reader;
        this.transitions = transitions;
        this.access = access;
        this.audit = audit;
    }

    public Uni<MetricView> decide(Caller caller, MetricInputs.DecideChange input) {
        UUID id = Ids.parse(input.metricId()).orElse(null);
        if (id == null) {
            return Uni.createFrom().failure(MetricRepository.notFound());
        }
        return db.write(() -> metrics.findById(id, LockModeType.PESSIMISTIC_WRITE).onItem().ifNull().failWith(MetricRepository::notFound)
                .chain(metric -> access.require(caller, metric.partnershipId)
                        .onFailure(NotFound.class).transform(ignored -> MetricRepository.notFound())
                        .chain(granted -> {
                            if (!granted.standing().steers()) {
                                throw new Forbidden("Only sponsors and steering members decide on a metric's thresholds.");
                            }
                            if (!metric.hasPendingChange()) {
                                throw new Conflict("metricId", "No change of \"" + metric.name + "\" waits for an answer.");
                            }
                            if (metric.pendingOrgId.equals(granted.organization().id)) {
                                throw new Forbidden("metricId", "Another party agrees to your party's change; yours proposed it.");
                            }
                            if (input.version() != metric.version) {
                                throw new Conflict("version", "The metric changed since you read it (version " + input.version() + ", now " + metric.version + ").");
                            }
                            Uni<Void> effect = input.agree()
                                    ? MetricDefinitions.applyThresholds(transitions, metric, metric.pendingClearsTarget ? null : metric.pendingTarget, metric.pendingAmber,
                                            metric.pendingRed)
                                    : Uni.createFrom().voidItem();
                            return effect
                                    .invoke(metric::clearPendingChange)
                                    .call(() -> audit.record(caller, granted.organization(), new Change(metric.partnershipId,
                                            input.agree() ? "metric.change_agreed" : "metric.change_declined", "Metric", metric.id,
                                            caller.name() + (input.agree() ? " agreed to" : " declined") + " the new thresholds of \"" + metric.name + "\"", null,
                                            Changes.state("amber", metric.amberThreshold, "red", metric.redThreshold, "target", metric.target))))
                                    .call(() -> metrics.flush())
                                    .chain(() -> reader.views(List.of(metric)))
                                    .map(loaded -> loaded.get(0).view(Viewer.of(granted)));
                        })));
    }
}
