package dev.tandem.partnership;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.organization.OrganizationView;
import dev.tandem.person.PersonView;

/** An organisation's place in a partnership. */
@Name("Party")
@Description("An organisation's place in a partnership: invited, then a party once it accepts (double opt-in).")
public record PartyView(
        @NonNull @Description("The organisation.") OrganizationView organization,
        @Description("The organisation's sponsor in this partnership; null when it has none.") PersonView sponsor,
        @Description("Whether the organisation accepted the invitation.") boolean accepted,
        @NonNull @Description("When the organisation was invited.") Instant invitedAt,
        @Description("When it accepted; null until it does.") Instant acceptedAt) {
}
