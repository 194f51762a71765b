package dev.tandem.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.organization.OrganizationView;

/** A person as the API shows them. */
@Name("Person")
@Description("A person of a partner organisation.")
public record PersonView(
        @NonNull @Description("The person's id at the identity provider; their email until they first sign in.") String subject,
        @Description("The name to show; null until they have signed in.") String displayName,
        @Description("Their email address.") String email,
        @Description("The organisation they belong to; null when not known.") OrganizationView organization) {
}
