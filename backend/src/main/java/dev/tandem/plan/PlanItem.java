package dev.tandem.plan;

import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every item of a plan version has: its own id, the version it belongs to, a lineage that stays the
 * same across versions (what amendments copy and the diff matches on), and an edit counter.
 */
@MappedSuperclass
public abstract class PlanItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public UUID lineage;

    /** Optimistic lock: edits carry the version they read. */
    @Version
    public int version;

    /** Makes {@code copy} this item's copy in another plan version: a new id (noted in {@code ids}), the same lineage. */
    <T extends PlanItem> T copyInto(T copy, UUID planId, Map<UUID, UUID> ids) {
        copy.id = UUID.randomUUID();
        copy.planId = planId;
        copy.lineage = lineage;
        ids.put(id, copy.id);
        return copy;
    }
}
