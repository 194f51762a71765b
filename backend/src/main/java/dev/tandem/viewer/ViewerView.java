package dev.tandem.viewer;

import java.util.List;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.organization.OrganizationView;

/** The signed-in caller. */
@Name("Viewer")
public record ViewerView(
        @NonNull String subject,
        String displayName,
        String email,
        OrganizationView organization,
        @NonNull List<@NonNull String> roles,
        @NonNull ActorKind kind) {
}
