package dev.tandem.organization;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.tandem.common.security.Callers;
import io.smallrye.mutiny.Uni;

/** GraphQL operations on organisations. */
@GraphQLApi
public class OrganizationGraphQLApi {

    private final OrganizationService service;
    private final Callers callers;

    public OrganizationGraphQLApi(OrganizationService service, Callers callers) {
        this.service = service;
        this.callers = callers;
    }

    @Query
    @Description("Every organisation known to Tandem, by name: the ones a partnership can invite.")
    public Uni<@NonNull List<@NonNull OrganizationView>> organizations() {
        return service.list(callers.withOrganization());
    }
}
