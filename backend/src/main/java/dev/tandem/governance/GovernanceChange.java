package dev.tandem.governance;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Something changed in a partnership's governance. Written last in the change's transaction (GovernanceJournal);
 * {@code seq} orders all changes, and is what subscribers resume from.
 */
@Entity
@Table(name = "governance_change")
public class GovernanceChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GovernanceSubject subject;

    @Column(name = "subject_id")
    public UUID subjectId;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public Instant at;
}
