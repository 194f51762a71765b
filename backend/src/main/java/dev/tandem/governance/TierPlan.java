package dev.tandem.governance;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import dev.tandem.metric.Tier;
import dev.tandem.partnership.GovernanceModel;
import dev.tandem.partnership.Member;
import dev.tandem.partnership.MemberRole;

/**
 * A governance tier as it applies: stored settings where the partners edited them, else the defaults of the
 * partnership's governance model, with members drawn from the partnership's roles. Pure.
 */
record TierPlan(Tier tier, String name, Cadence cadence, int durationMinutes, int weekday, LocalTime timeOfDay, String timeZone,
        int responseHours, List<String> members, int version) {

    Duration responseTime() {
        return Duration.ofHours(responseHours);
    }

    static TierPlan of(TierSetting s, List<String> members) {
        return new TierPlan(s.tier, s.name, s.cadence, s.durationMinutes, s.weekday, s.timeOfDay, s.timeZone, s.responseHours, members, s.version);
    }

    /**
     * The model's tiers: a lightweight alliance has a quarterly business review of the sponsors (each party's
     * named contact); an integrated partnership three tiers; a joint venture lite three with a board at the top.
     * Response times fit each tier's rhythm (TierDefaults) until the partners agree others.
     */
    static List<TierPlan> defaults(GovernanceModel model, List<Member> members) {
        List<TierPlan> tiers = new ArrayList<>();
        if (model != GovernanceModel.LIGHTWEIGHT_ALLIANCE) {
            tiers.add(tier(Tier.EXECUTION, "Execution team", Cadence.WEEKLY, 60, 2, LocalTime.of(9, 30), members, MemberRole.LEAD, MemberRole.CONTRIBUTOR));
            tiers.add(tier(Tier.STEERING, "Steering committee", Cadence.MONTHLY, 90, 4, LocalTime.of(14, 0), members, MemberRole.SPONSOR, MemberRole.STEERING));
        }
        String top = switch (model) {
            case LIGHTWEIGHT_ALLIANCE -> "Quarterly business review";
            case JOINT_VENTURE_LITE -> "Board";
            default -> "Executive sponsors";
        };
        tiers.add(tier(Tier.STRATEGIC, top, Cadence.QUARTERLY, 120, 4, LocalTime.of(15, 0), members, MemberRole.SPONSOR));
        return tiers;
    }

    private static TierPlan tier(Tier tier, String name, Cadence cadence, int minutes, int weekday, LocalTime at, List<Member> members, MemberRole... roles) {
        List<String> emails = members.stream().filter(m -> List.of(roles).contains(m.role)).map(m -> m.email).toList();
        return new TierPlan(tier, name, cadence, minutes, weekday, at, "UTC", (int) TierDefaults.responseTime(tier).toHours(), emails, 0);
    }
}
