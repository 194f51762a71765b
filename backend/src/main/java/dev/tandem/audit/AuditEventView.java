package dev.tandem.audit;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.organization.OrganizationView;
import dev.tandem.viewer.ActorKind;

/** One entry of a partnership's activity log. */
@Name("AuditEvent")
@Description("One entry of a partnership's activity log: who changed what, when.")
public record AuditEventView(
        @Id @NonNull @Description("The event's id.") String id,
        @NonNull @Description("When the change was made.") Instant at,
        @NonNull @Description("What kind of change, as entity.verb, e.g. partnership.created, plan.ratified, metric.readings_recorded.") String action,
        @NonNull @Description("The change in one sentence.") String summary,
        @NonNull @Description("Who made the change.") Actor actor) {

    /** Who made a change. */
    @Name("Actor")
    @Description("Who made a change: a person or an integrator client.")
    public record Actor(
            @NonNull @Description("Their id at the identity provider (an integrator's client subject).") String subject,
            @Description("The name to show; null when unknown.") String displayName,
            @Description("The organisation they acted for; null when unknown.") OrganizationView organization,
            @NonNull @Description("A person or an integrator.") ActorKind kind) {
    }
}
