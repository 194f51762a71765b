package dev.tandem.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.tandem.common.Validate;
import dev.tandem.common.error.ValidationFailed;
import dev.tandem.person.PersonDirectory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** People named by email who must be people of an accepted party: tier members, attendees, deciders, action item owners. */
@ApplicationScoped
public class PartyPeople {

    private final PersonDirectory directory;

    public PartyPeople(PersonDirectory directory) {
        this.directory = directory;
    }

    /** The distinct emails, or a VALIDATION naming the first that is no person of an accepted party ({@code field[i]}). */
    Uni<List<String>> check(List<String> emails, String field, List<UUID> accepted) {
        List<String> clean = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) {
            String email = Validate.email(field + "[" + i + "]", emails.get(i));
            if (!clean.contains(email)) {
                clean.add(email);
            }
        }
        return directory.organizationsOf(clean).map(orgs -> {
            for (String email : clean) {
                if (!accepted.contains(orgs.get(email))) {
                    throw new ValidationFailed(field + "[" + emails.indexOf(email) + "]", email + " is not a person of an accepted party.");
                }
            }
            return clean;
        });
    }
}
