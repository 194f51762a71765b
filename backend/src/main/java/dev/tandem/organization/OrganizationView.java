package dev.tandem.organization;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** An organisation as the API shows it. */
@Name("Organization")
@Description("A partner company known to Tandem.")
public record OrganizationView(
        @Id @NonNull @Description("The organisation's id.") String id,
        @NonNull @Description("The organisation's name.") String name,
        @NonNull @Description("Its short unique name: how inputs such as invite and owningParty name it.") String slug) {

    public static OrganizationView of(Organization organization) {
        return organization == null ? null : new OrganizationView(organization.id.toString(), organization.name, organization.slug);
    }

    public UUID uuid() {
        return UUID.fromString(id);
    }
}
