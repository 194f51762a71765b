package dev.tandem.audit;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import dev.tandem.common.graphql.GraphQLLimits;
import dev.tandem.common.graphql.Page;
import dev.tandem.partnership.PartnershipView;
import io.smallrye.mutiny.Uni;

/** The audit trail as a field of Partnership (whose visibility was checked when it was loaded). */
@GraphQLApi
public class AuditGraphQLApi {

    private final AuditService service;
    private final GraphQLLimits limits;

    public AuditGraphQLApi(AuditService service, GraphQLLimits limits) {
        this.service = service;
        this.limits = limits;
    }

    @NonNull
    @Description("Every change to the partnership, newest first.")
    public Uni<List<@NonNull AuditEventConnection>> auditEvents(@Source List<PartnershipView> partnerships,
            @DefaultValue("20") Integer first, String after) {
        Page page = Page.of(first, after, limits.maxPageSize());
        return service.pages(partnerships.stream().map(p -> UUID.fromString(p.id())).toList(), page);
    }
}
