package dev.tandem.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;


/** A partnership as the API shows it, with what the caller may do with it. */
@Name("Partnership")
public record PartnershipView(
        @Id @NonNull String id,
        @NonNull String name,
        String charter,
        @NonNull GovernanceModel governanceModel,
        @NonNull PartnershipStatus status,
        LocalDate startsOn,
        @Description("Send it back with edits: a stale version is refused with CONFLICT.") int version,
        @NonNull Instant createdAt,
        @Description("The signed-in person's role here; null for integrators.") MemberRole viewerRole,
        @Description("May edit charter, governance model and status (a sponsor).") boolean viewerCanEdit,
        @Description("May invite another organisation (a partner-admin of an accepted party).") boolean viewerCanInvite,
        @Description("The viewer's organisation is invited and the viewer may accept for it.") boolean viewerCanAccept,
        @Ignore UUID viewerOrganizationId,
        @Ignore boolean viewerPartyAccepted) {

    /** The partnership as an event shows it to every subscriber at once: no viewer, so no rights. */
    public static PartnershipView unviewed(Partnership p) {
        return new PartnershipView(p.id.toString(), p.name, p.charter, p.governanceModel, p.status, p.startsOn, p.version, p.createdAt,
                null, false, false, false, null, false);
    }
}
