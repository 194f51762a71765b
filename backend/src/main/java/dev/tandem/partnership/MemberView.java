package dev.tandem.partnership;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.person.PersonView;

/** A person's role in a partnership. */
@Name("Member")
public record MemberView(@NonNull PersonView person, @NonNull MemberRole role) {
}
