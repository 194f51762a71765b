package dev.tandem.person;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.tandem.organization.Organization;
import dev.tandem.organization.OrganizationDomain;
import dev.tandem.organization.OrganizationRepository;
import dev.tandem.organization.OrganizationView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * People named by email (owners, leads, sponsors): who they are and which organisation they belong to,
 * from their last sign-in or else their email's domain. Three statements for any number of emails.
 */
@ApplicationScoped
public class PersonDirectory {

    private final PersonRepository people;
    private final OrganizationRepository organizations;

    public PersonDirectory(PersonRepository people, OrganizationRepository organizations) {
        this.people = people;
        this.organizations = organizations;
    }

    /** Email → organisation id, for the emails whose organisation is known. */
    public Uni<Map<String, UUID>> organizationsOf(Collection<String> emails) {
        Set<String> all = new HashSet<>(emails);
        if (all.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return people.byEmails(all).chain(known -> organizationsOf(all, known));
    }

    private Uni<Map<String, UUID>> organizationsOf(Set<String> all, Map<String, Person> known) {
        Set<String> domains = all.stream().map(PersonDirectory::domainOf).collect(Collectors.toSet());
        return OrganizationDomain.<OrganizationDomain>list("domain in ?1", domains)
                        .map(owned -> {
                            Map<String, UUID> byDomain = owned.stream().collect(Collectors.toMap(d -> d.domain, d -> d.organizationId));
                            Map<String, UUID> result = new HashMap<>();
                            for (String email : all) {
                                Person person = known.get(email);
                                UUID org = person != null && person.organizationId != null ? person.organizationId : byDomain.get(domainOf(email));
                                if (org != null) {
                                    result.put(email, org);
                                }
                            }
                            return result;
                        });
    }

    /** Email → the person as the API shows them (name once they signed in, organisation where known). */
    public Uni<Map<String, PersonView>> viewsOf(Collection<String> emails) {
        Set<String> all = new HashSet<>(emails);
        if (all.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return people.byEmails(all)
                .chain(known -> organizationsOf(all, known)
                        .chain(orgIds -> organizations.findByIds(new HashSet<>(orgIds.values()))
                                .map(orgs -> {
                                    Map<UUID, Organization> byId = orgs.stream().collect(Collectors.toMap(o -> o.id, o -> o));
                                    Map<String, PersonView> views = new HashMap<>();
                                    for (String email : all) {
                                        Person person = known.get(email);
                                        views.put(email, new PersonView(person != null ? person.subject : email,
                                                person != null ? person.displayName : null, email,
                                                OrganizationView.of(byId.get(orgIds.get(email)))));
                                    }
                                    return views;
                                })));
    }

    public static String domainOf(String email) {
        return email.substring(email.indexOf('@') + 1);
    }

}
