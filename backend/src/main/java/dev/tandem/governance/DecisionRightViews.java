package dev.tandem.governance;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.metric.Tier;
import dev.tandem.organization.OrganizationView;

/** The decision-rights matrix as the API shows it, and what clients send to change it. */
public final class DecisionRightViews {

    private DecisionRightViews() {
    }

    @Name("DecisionRight")
    @Description("One row of the decision-rights matrix: which tier decides a type of decision and each party's part in it.")
    public record RightView(
            @NonNull @Description("The type of decision.") DecisionType type,
            @NonNull @Description("The tier that decides it.") Tier tier,
            @NonNull @Description("Each accepted party's part.") List<@NonNull PartyRoleView> roles,
            @Description("True once every party's sponsor agreed this row; false while the default applies (every party ACCOUNTABLE).") boolean agreed,
            @Description("A change waiting for the sponsors' approval; null when none.") ProposalView proposal) {
    }

    @Name("DecisionPartyRole")
    @Description("One party's part in a type of decision.")
    public record PartyRoleView(
            @NonNull @Description("The party.") OrganizationView organization,
            @NonNull @Description("Its part.") DecisionRole role) {
    }

    @Name("DecisionRightProposal")
    @Description("A change of one row of the matrix: it takes effect when the sponsor of every accepted party has approved it.")
    public record ProposalView(
            @NonNull @Description("The tier that would decide.") Tier tier,
            @NonNull @Description("Each party's part as proposed.") List<@NonNull PartyRoleView> roles,
            @NonNull @Description("The parties whose sponsors approved it.") List<@NonNull OrganizationView> approvedBy,
            @NonNull @Description("The parties whose sponsors have yet to approve it.") List<@NonNull OrganizationView> waitingFor,
            @NonNull @Description("When it was proposed.") Instant proposedAt) {
    }

    @Name("ProposeDecisionRightInput")
    @Description("A change of one row of the decision-rights matrix (a sponsor); your party's approval is given with it.")
    public record Propose(
            @NonNull @Id @Description("The partnership.") String partnershipId,
            @NonNull @Description("The type of decision.") DecisionType type,
            @NonNull @Description("The tier that decides it.") Tier tier,
            @NonNull @Description("The part of every accepted party (organisation slugs), at least one ACCOUNTABLE.") List<@NonNull PartyRoleInput> roles) {
    }

    @Name("DecisionPartyRoleInput")
    @Description("One party's part.")
    public record PartyRoleInput(
            @NonNull @Description("The party's organisation slug.") String party,
            @NonNull @Description("Its part.") DecisionRole role) {
    }

    @Name("ApproveDecisionRightInput")
    @Description("Your party's approval of a proposed change (a sponsor approves their own party's column).")
    public record Approve(
            @NonNull @Id @Description("The partnership.") String partnershipId,
            @NonNull @Description("The type of decision whose row is proposed.") DecisionType type) {
    }
}
