package dev.tandem.audit;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change to a partnership or anything under it: who, when, what, and the state before and after (JSON). */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_name")
    public String actorName;

    @Column(name = "actor_kind", nullable = false)
    public String actorKind;

    @Column(name = "actor_org_id")
    public UUID actorOrgId;

    @Column(nullable = false)
    public String action;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id")
    public UUID entityId;

    @Column(nullable = false)
    public String summary;

    @Column(name = "before_state", columnDefinition = "text")
    public String beforeState;

    @Column(name = "after_state", columnDefinition = "text")
    public String afterState;
}
