package dev.tandem.viewer;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.tandem.common.security.Callers;
import io.smallrye.mutiny.Uni;

/** The {@code me} query. */
@GraphQLApi
public class ViewerGraphQLApi {

    private final ViewerService service;
    private final Callers callers;

    public ViewerGraphQLApi(ViewerService service, Callers callers) {
        this.service = service;
        this.callers = callers;
    }

    @Query
    @Description("The signed-in person or integrator. Works without an organisation, unlike everything else.")
    public Uni<@NonNull ViewerView> me() {
        return service.me(callers.current());
    }
}
