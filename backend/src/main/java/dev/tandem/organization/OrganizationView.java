package dev.tandem.organization;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** An organisation as the API shows it. */
@Name("Organization")
public record OrganizationView(@Id @NonNull String id, @NonNull String name, @NonNull String slug) {

    public static OrganizationView of(Organization organization) {
        return organization == null ? null : new OrganizationView(organization.id.toString(), organization.name, organization.slug);
    }

    public UUID uuid() {
        return UUID.fromString(id);
    }
}
