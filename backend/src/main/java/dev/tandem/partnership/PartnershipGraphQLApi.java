package dev.tandem.partnership;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import dev.tandem.audit.AuditEventConnection;
import dev.tandem.audit.AuditService;
import dev.tandem.common.graphql.GraphQLLimits;
import dev.tandem.common.graphql.Page;
import dev.tandem.common.graphql.Provided;
import dev.tandem.common.security.Callers;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/** GraphQL operations on partnerships, parties, members and their audit trail: translate only, the services decide. */
@GraphQLApi
public class PartnershipGraphQLApi {

    private final PartnershipService service;
    private final PartnershipReader reader;
    private final Memberships memberships;
    private final AuditService audit;
    private final GraphQLLimits limits;
    private final Callers callers;
    private final Context context;

    public PartnershipGraphQLApi(PartnershipService service, PartnershipReader reader, Memberships memberships, AuditService audit, GraphQLLimits limits, Callers callers, Context context) {
        this.service = service;
        this.reader = reader;
        this.memberships = memberships;
        this.audit = audit;
        this.limits = limits;
        this.callers = callers;
        this.context = context;
    }

    @Query
    @Description("The partnerships your organisation is a party of (invited or accepted), newest first.")
    public Uni<@NonNull PartnershipConnection> partnerships(@DefaultValue("20") @Description("How many to return, 0 to 100; more fails with LIMIT_EXCEEDED.") Integer first,
            @Description("The cursor of the last partnership you have (an edge's cursor or pageInfo.endCursor); null for the first page.") String after) {
        return reader.page(callers.withOrganization(), first, after);
    }

    @Query
    @Description("A partnership of yours; null when absent or not yours.")
    public Uni<PartnershipView> partnership(@NonNull @Id @Description("The partnership's id.") String id) {
        return reader.get(callers.withOrganization(), id);
    }

    @Mutation
    @Description("Creates a partnership with your organisation as its first party (you become its sponsor) and invites the others.")
    public Uni<@NonNull PartnershipView> createPartnership(@NonNull @Description("The partnership and the organisations to invite.") PartnershipInputs.Create input) {
        return service.create(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Accepts the invitation of your organisation (its sponsor or a partner-admin).")
    public Uni<@NonNull PartnershipView> acceptInvitation(@NonNull @Id @Description("The partnership your organisation is invited to.") String partnershipId) {
        return memberships.accept(callers.withOrganization(), partnershipId);
    }

    @Mutation
    @Description("Edits name, charter, governance model, status or start date (a sponsor), given the version you read.")
    public Uni<@NonNull PartnershipView> updatePartnership(@NonNull @Description("The partnership, the version you read and what changes.") PartnershipInputs.Update input) {
        return service.update(callers.withOrganization(), input, Provided.of(context, "input"));
    }

    @Mutation
    @Description("Invites another organisation (a partner-admin of an accepted party).")
    public Uni<@NonNull PartnershipView> inviteOrganization(@NonNull @Description("The partnership and the organisation to invite.") PartnershipInputs.Invite input) {
        return memberships.invite(callers.withOrganization(), input);
    }

    @Mutation("setMemberRole")
    @Description("Gives a person of your own organisation a role in the partnership (your sponsor or a partner-admin).")
    public Uni<@NonNull MemberView> setMemberRole(@NonNull @Description("The partnership, the person and the role.") PartnershipInputs.SetMemberRole input) {
        return memberships.setMemberRole(callers.withOrganization(), input);
    }

    @NonNull
    @Description("The organisations in the partnership, invited or accepted.")
    public Uni<List<@NonNull List<@NonNull PartyView>>> parties(@Source List<PartnershipView> partnerships) {
        return reader.parties(partnerships);
    }

    @NonNull
    @Description("People with a role in the partnership (anyone else of a party is a VIEWER).")
    public Uni<List<@NonNull List<@NonNull MemberView>>> members(@Source List<PartnershipView> partnerships) {
        return reader.members(partnerships);
    }

    @NonNull
    @Description("Every change to the partnership, newest first.")
    public Uni<List<@NonNull AuditEventConnection>> auditEvents(@Source List<PartnershipView> partnerships,
            @DefaultValue("20") @Description("How many to return, 0 to 100; more fails with LIMIT_EXCEEDED.") Integer first,
            @Description("The cursor of the last event you have (an edge's cursor or pageInfo.endCursor); null for the first page.") String after) {
        // The partnerships' visibility was checked when they were loaded.
        Page page = Page.of(first, after, limits.maxPageSize());
        return audit.pages(partnerships.stream().map(p -> UUID.fromString(p.id())).toList(), page);
    }
}
