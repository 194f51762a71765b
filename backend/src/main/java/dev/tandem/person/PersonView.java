package dev.tandem.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.organization.OrganizationView;

/** A person as the API shows them. */
@Name("Person")
public record PersonView(
        @NonNull @Description("The person's id at the identity provider; their email until they first sign in.") String subject,
        String displayName,
        String email,
        OrganizationView organization) {
}
