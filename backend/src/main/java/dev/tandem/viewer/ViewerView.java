package dev.tandem.viewer;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.organization.OrganizationView;

/** The signed-in caller. */
@Name("Viewer")
@Description("The signed-in caller: a person or an integrator client.")
public record ViewerView(
        @NonNull @Description("The token's subject: the caller's id at the identity provider.") String subject,
        @Description("The name to show; null when the token has none.") String displayName,
        @Description("A person's verified email, lower case; null for integrators.") String email,
        @Description("The organisation the caller acts for; null when the token names none.") OrganizationView organization,
        @NonNull @Description("The caller's realm roles, sorted, e.g. partner-admin.") List<@NonNull String> roles,
        @NonNull @Description("A person or an integrator.") ActorKind kind) {
}
