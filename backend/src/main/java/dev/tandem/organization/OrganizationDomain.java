package dev.tandem.organization;

import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An email domain owned by an organisation (as verified in Keycloak), e.g. acme.example. */
@Entity
@Table(name = "organization_domain")
public class OrganizationDomain extends PanacheEntityBase {

    @Id
    public String domain;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;
}
