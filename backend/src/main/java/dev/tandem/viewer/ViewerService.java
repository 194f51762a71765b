package dev.tandem.viewer;

import dev.tandem.common.Clock;
import java.util.List;

import dev.tandem.common.db.Db;
import dev.tandem.common.security.Caller;
import dev.tandem.organization.Organization;
import dev.tandem.organization.OrganizationService;
import dev.tandem.organization.OrganizationView;
import dev.tandem.person.Person;
import dev.tandem.person.PersonRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Who the caller is; remembers people as they sign in, so others see their names. */
@ApplicationScoped
public class ViewerService {

    private final Db db;
    private final OrganizationService organizations;
    private final PersonRepository people;

    public ViewerService(Db db, OrganizationService organizations, PersonRepository people) {
        this.db = db;
        this.organizations = organizations;
        this.people = people;
    }

    public Uni<ViewerView> me(Caller caller) {
        if (!caller.hasOrganization()) {
            return Uni.createFrom().item(view(caller, null));
        }
        return db.write(() -> organizations.ofCaller(caller)
                .call(organization -> remember(caller, organization)))
                .map(organization -> view(caller, organization));
    }

    private Uni<Integer> remember(Caller caller, Organization organization) {
        if (!caller.isPerson()) {
            return Uni.createFrom().item(0);
        }
        Person person = new Person();
        person.subject = caller.subject();
        person.email = caller.email();
        person.displayName = caller.displayName();
        person.organizationId = organization.id;
        person.lastSeenAt = Clock.now();
        return people.upsert(person);
    }

    private static ViewerView view(Caller caller, Organization organization) {
        List<String> roles = caller.roles().stream().sorted().toList();
        return new ViewerView(caller.subject(), caller.displayName(), caller.email(), OrganizationView.of(organization), roles,
                caller.isPerson() ? ActorKind.PERSON : ActorKind.INTEGRATOR);
    }
}
