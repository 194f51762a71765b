package dev.tandem.viewer;

import java.util.List;

import dev.tandem.common.db.Db;
import dev.tandem.common.security.Caller;
import dev.tandem.organization.Organization;
import dev.tandem.organization.OrganizationView;
import dev.tandem.person.PersonService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Who the caller is; remembers people as they sign in, so others see their names. */
@ApplicationScoped
public class ViewerService {

    private final Db db;
    private final PersonService people;

    public ViewerService(Db db, PersonService people) {
        this.db = db;
        this.people = people;
    }

    public Uni<ViewerView> me(Caller caller) {
        if (!caller.hasOrganization()) {
            return Uni.createFrom().item(view(caller, null));
        }
        return db.write(() -> people.enter(caller)).map(organization -> view(caller, organization));
    }

    private static ViewerView view(Caller caller, Organization organization) {
        List<String> roles = caller.roles().stream().sorted().toList();
        return new ViewerView(caller.subject(), caller.displayName(), caller.email(), OrganizationView.of(organization), roles,
                caller.isPerson() ? ActorKind.PERSON : ActorKind.INTEGRATOR);
    }
}
