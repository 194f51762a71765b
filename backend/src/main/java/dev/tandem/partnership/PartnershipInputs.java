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
    @Description("A new partnership (a partner-admin), with the organisations to invite.")
    public record Create(
            @NonNull @Description("The partnership's name, up to 120 characters.") String name,
            @Description("The shared intent in plain words, up to 5,000 characters.") String charter,
            @NonNull @Description("How tightly the partners govern together.") GovernanceModel governanceModel,
            @NonNull @Description("Slugs of the organisations invited; the caller's organisation is always a party.") List<@NonNull String> invite,
            @Description("When the partnership starts, a date (yyyy-MM-dd).") LocalDate startsOn) {
    }

    @Input("UpdatePartnershipInput")
    @Description("Changes a partnership; fields left out stay as they are.")
    public record Update(
            @Id @NonNull @Description("The partnership.") String id,
            @Description("The version you read: a stale one fails with CONFLICT.") int version,
            @Description("The new name, up to 120 characters.") String name,
            @Description("The new charter, up to 5,000 characters; null clears it.") String charter,
            @Description("The new governance model.") GovernanceModel governanceModel,
            @Description("The new status.") PartnershipStatus status,
            @Description("The new start date, yyyy-MM-dd; null clears it.") LocalDate startsOn) {
    }

    @Input("InviteOrganizationInput")
    @Description("An organisation to invite into a partnership.")
    public record Invite(@Id @NonNull @Description("The partnership.") String partnershipId, @NonNull @Description("The organisation's slug.") String organization) {
    }

    @Input("SetMemberRoleInput")
    @Description("A role for a person of your own organisation in a partnership.")
    public record SetMemberRole(@Id @NonNull @Description("The partnership.") String partnershipId,
            @NonNull @Description("A person of your own organisation.") String email,
            @NonNull @Description("The role to give; an accepted party keeps at least one sponsor.") MemberRole role) {
    }
}
