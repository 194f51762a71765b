package dev.tandem.partnership;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.organization.OrganizationView;
import dev.tandem.person.PersonView;

/** An organisation's place in a partnership. */
@Name("Party")
public record PartyView(@NonNull OrganizationView organization, PersonView sponsor, boolean accepted,
        @NonNull Instant invitedAt, Instant acceptedAt) {
}
