package dev.tandem.governance;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import dev.tandem.common.security.Callers;
import dev.tandem.governance.DecisionRightViews.RightView;
import dev.tandem.partnership.PartnershipView;
import io.smallrye.mutiny.Uni;

/** GraphQL field and mutations of the decision-rights matrix: translate only; DecisionRights decides. */
@GraphQLApi
public class DecisionRightGraphQLApi {

    private final DecisionRights rights;
    private final Callers callers;

    public DecisionRightGraphQLApi(DecisionRights rights, Callers callers) {
        this.rights = rights;
        this.callers = callers;
    }

    @NonNull
    @Description("The decision-rights matrix: for each type of decision, the tier that decides and each party's part (every party ACCOUNTABLE until the partners agree otherwise).")
    public Uni<List<@NonNull List<@NonNull RightView>>> decisionRights(@Source List<PartnershipView> partnerships) {
        return rights.matricesOf(partnerships);
    }

    @Mutation
    @Description("Proposes who decides a type of decision (a sponsor, with their own party's approval); it takes effect when every party's sponsor approved.")
    public Uni<@NonNull List<@NonNull RightView>> proposeDecisionRight(@NonNull @Description("The partnership, the type, the tier and every party's part.") DecisionRightViews.Propose input) {
        return rights.propose(callers.withOrganization(), input);
    }

    @Mutation
    @Description("Approves the proposed row for your own party (a sponsor); when every party approved, it is in force.")
    public Uni<@NonNull List<@NonNull RightView>> approveDecisionRight(@NonNull @Description("The partnership and the type of decision.") DecisionRightViews.Approve input) {
        return rights.approve(callers.withOrganization(), input);
    }
}
