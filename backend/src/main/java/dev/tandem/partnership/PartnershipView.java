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
@Description("A partnership between organisations (its parties), with its plan, metrics and governance; only its parties can see it.")
public record PartnershipView(
        @Id @NonNull @Description("The partnership's id.") String id,
        @NonNull @Description("The partnership's name.") String name,
        @Description("The shared intent in plain words; null when not written yet.") String charter,
        @NonNull @Description("How tightly the partners govern together.") GovernanceModel governanceModel,
        @NonNull @Description("Where the partnership is in its life cycle.") PartnershipStatus status,
        @Description("When the partnership starts, a date (yyyy-MM-dd); null when not set.") LocalDate startsOn,
        @Description("Send it back with edits: a stale version is refused with CONFLICT.") int version,
        @NonNull @Description("When the partnership was created.") Instant createdAt,
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
