package dev.tandem.partnership;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An organisation's place in a partnership: invited, then accepted (double opt-in). */
@Entity
public class Party extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "invited_at", nullable = false)
    public Instant invitedAt;

    @Column(name = "invited_by", nullable = false)
    public String invitedBy;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "accepted_by")
    public String acceptedBy;

    public boolean accepted() {
        return acceptedAt != null;
    }
}
