package dev.tandem.partnership;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A person's role in one partnership, by verified email (so a role can be given before their first sign-in). */
@Entity
public class Member extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(nullable = false)
    public String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberRole role;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
