package dev.tandem.audit;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.organization.OrganizationView;
import dev.tandem.viewer.ActorKind;

/** One entry of a partnership's activity log. */
@Name("AuditEvent")
public record AuditEventView(@Id @NonNull String id, @NonNull Instant at, @NonNull String action, @NonNull String summary,
        @NonNull Actor actor) {

    /** Who made a change. */
    @Name("Actor")
    public record Actor(@NonNull String subject, String displayName, OrganizationView organization, @NonNull ActorKind kind) {
    }
}
