package dev.tandem.person;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A person as last seen in their token: gives members and sponsors a name. */
@Entity
public class Person extends PanacheEntityBase {

    @Id
    public String subject;

    public String email;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;
}
