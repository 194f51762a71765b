package dev.tandem.governance;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** What clients send to work on escalations. */
public final class EscalationInputs {

    private EscalationInputs() {
    }

    @Name("EscalationRevisionInput")
    @Description("An escalation and the version you read.")
    public record Revision(
            @NonNull @Id @Description("The escalation.") String escalationId,
            @Description("The version you read: a stale one is refused with CONFLICT.") int version) {
    }

    @Name("ResolveEscalationInput")
    @Description("Resolves an escalation with its outcome.")
    public record Resolve(
            @NonNull @Id @Description("The escalation.") String escalationId,
            @Description("The version you read.") int version,
            @NonNull @Description("How it was decided, 1 to 2,000 characters.") String outcome) {
    }

    @Name("RaiseEscalationInput")
    @Description("Hands an escalation to the next tier now.")
    public record Raise(
            @NonNull @Id @Description("The escalation.") String escalationId,
            @Description("The version you read.") int version,
            @NonNull @Description("Why this tier cannot settle it, 1 to 2,000 characters (added to what was tried).") String reason) {
    }

    @Name("UpdateEscalationInput")
    @Description("Changes the packet of an unresolved escalation; absent fields stay, null clears.")
    public record Update(
            @NonNull @Id @Description("The escalation.") String escalationId,
            @Description("The version you read.") int version,
            @Description("What happened, 1 to 2,000 characters.") String summary,
            @Description("What the parties tried, up to 2,000 characters.") String whatWasTried,
            @Description("What remains disputed, up to 2,000 characters.") String disputed) {
    }

    @Name("StateEscalationPositionInput")
    @Description("Your party's position on an escalation, replacing the one it stated before.")
    public record Position(
            @NonNull @Id @Description("The escalation.") String escalationId,
            @NonNull @Description("Where your party stands, 1 to 2,000 characters.") String position,
            @Description("The interest behind it, up to 2,000 characters.") String interest) {
    }
}
