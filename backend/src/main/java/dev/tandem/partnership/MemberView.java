package dev.tandem.partnership;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.person.PersonView;

/** A person's role in a partnership. */
@Name("Member")
@Description("A person with a role in a partnership.")
public record MemberView(
        @NonNull @Description("The person.") PersonView person,
        @NonNull @Description("Their role in this partnership.") MemberRole role) {
}
