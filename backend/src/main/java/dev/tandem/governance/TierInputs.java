package dev.tandem.governance;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.metric.Tier;

/** What clients send to change a governance tier. */
public final class TierInputs {

    private TierInputs() {
    }

    @Name("UpdateGovernanceTierInput")
    @Description("Changes to one governance tier; absent fields stay as they are.")
    public record Update(
            @NonNull @Id @Description("The partnership.") String partnershipId,
            @NonNull @Description("The tier.") Tier tier,
            @Description("The version you read (0 while the model's defaults apply): a stale one is refused with CONFLICT.") int version,
            @Description("What the partners call it, 1 to 80 characters.") String name,
            @Description("How often it meets.") Cadence cadence,
            @Description("How long a meeting lasts, 15 to 480 minutes.") Integer durationMinutes,
            @Description("The weekday it meets on, 1 (Monday) to 7 (Sunday).") Integer weekday,
            @Description("When its meetings start, HH:mm.") String timeOfDay,
            @Description("The time zone of its meetings, e.g. Europe/Berlin.") String timeZone,
            @Description("How many hours it has to take up an escalation, 1 to 2,160.") Integer responseTimeHours,
            @Description("Its members' emails: people of the accepted parties (replacing all).") List<String> members) {
    }
}
