package dev.tandem.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Two or more organisations working together after signing: the root everything else hangs off. */
@Entity
public class Partnership extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(columnDefinition = "text")
    public String charter;

    @Enumerated(EnumType.STRING)
    @Column(name = "governance_model", nullable = false)
    public GovernanceModel governanceModel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartnershipStatus status;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "created_by_org_id", nullable = false)
    public UUID createdByOrgId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Optimistic lock: edits by people carry the version they read. */
    @Version
    public int version;
}
