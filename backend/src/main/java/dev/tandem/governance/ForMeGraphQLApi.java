package dev.tandem.governance;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import dev.tandem.common.security.Callers;
import dev.tandem.governance.ForMe.ForMeView;
import dev.tandem.viewer.ViewerView;
import io.smallrye.mutiny.Uni;

/** The viewer's "for me" field: translate only; ForMe decides. */
@GraphQLApi
public class ForMeGraphQLApi {

    private final ForMe forMe;
    private final Callers callers;

    public ForMeGraphQLApi(ForMe forMe, Callers callers) {
        this.forMe = forMe;
        this.callers = callers;
    }

    @NonNull
    @Description("What waits on you across your partnerships (empty for integrators).")
    public Uni<ForMeView> forMe(@Source ViewerView viewer) {
        return forMe.of(callers.current());
    }
}
