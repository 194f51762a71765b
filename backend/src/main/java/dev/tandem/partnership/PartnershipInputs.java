package dev.tandem.partnership;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the partnership mutations. */
public final class PartnershipInputs {

    private PartnershipInputs() {
    }

    @Input("CreatePartnershipInput")
    public record Create(
            @NonNull String name,
            String charter,
            @NonNull GovernanceModel governanceModel,
            @NonNull @Description("Slugs of the organisations invited; the caller's organisation is always a party.") List<@NonNull String> invite,
            LocalDate startsOn) {
    }

    @Input("UpdatePartnershipInput")
    public record Update(
            @Id @NonNull String id,
            @Description("The version you read: a stale one fails with CONFLICT.") int version,
            String name,
            String charter,
            GovernanceModel governanceModel,
            PartnershipStatus status,
            LocalDate startsOn) {
    }

    @Input("InviteOrganizationInput")
    public record Invite(@Id @NonNull String partnershipId, @NonNull @Description("The organisation's slug.") String organization) {
    }

    @Input("SetMemberRoleInput")
    public record SetMemberRole(@Id @NonNull String partnershipId,
            @NonNull @Description("A person of your own organisation.") String email,
            @NonNull MemberRole role) {
    }
}
