package dev.tandem.person;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import dev.tandem.common.Clock;
import dev.tandem.common.security.Caller;
import dev.tandem.organization.Organization;
import dev.tandem.organization.OrganizationService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where every service starts with a caller: their organisation (registered on first sight) and, for a
 * person, a note of their name and email so that others see who they are. The note is written only
 * when something changed since this instance last wrote it.
 */
@ApplicationScoped
public class PersonService {

    private final OrganizationService organizations;
    private final PersonRepository people;
    private final Map<String, String> remembered = new ConcurrentHashMap<>();

    public PersonService(OrganizationService organizations, PersonRepository people) {
        this.organizations = organizations;
        this.people = people;
    }

    /** The caller's organisation, within the current session; remembers the person on the way. */
    public Uni<Organization> enter(Caller caller) {
        return organizations.ofCaller(caller).call(organization -> remember(caller, organization));
    }

    private Uni<Integer> remember(Caller caller, Organization organization) {
        String note = caller.email() + "|" + caller.displayName() + "|" + organization.id;
        if (!caller.isPerson() || Objects.equals(remembered.get(caller.subject()), note)) {
            return Uni.createFrom().item(0);
        }
        Person person = new Person();
        person.subject = caller.subject();
        person.email = caller.email();
        person.displayName = caller.displayName();
        person.organizationId = organization.id;
        person.lastSeenAt = Clock.now();
        return people.upsert(person).invoke(() -> remembered.put(caller.subject(), note));
    }
}
