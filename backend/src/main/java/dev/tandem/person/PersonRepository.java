package dev.tandem.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries on people. */
@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, String> {

    /** The people with these emails, by email (the most recently seen one where an email was reused). */
    public Uni<Map<String, Person>> byEmails(Collection<String> emails) {
        if (emails.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("email in ?1 order by lastSeenAt", emails)
                .map(people -> people.stream().collect(Collectors.toMap(p -> p.email, Function.identity(), (older, newer) -> newer)));
    }

    /** Records what the token says about a person, in one statement. */
    public Uni<Integer> upsert(Person person) {
        return getSession().flatMap(session -> session.createNativeQuery("""
                INSERT INTO person (subject, email, display_name, organization_id, last_seen_at) VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (subject) DO UPDATE SET email = EXCLUDED.email, display_name = EXCLUDED.display_name,
                    organization_id = EXCLUDED.organization_id, last_seen_at = EXCLUDED.last_seen_at""")
                .setParameter(1, person.subject)
                .setParameter(2, person.email)
                .setParameter(3, person.displayName)
                .setParameter(4, person.organizationId)
                .setParameter(5, person.lastSeenAt)
                .executeUpdate());
    }

    public Uni<List<Person>> bySubjects(Collection<String> subjects) {
        return subjects.isEmpty() ? Uni.createFrom().item(List.of()) : list("subject in ?1", subjects);
    }
}
