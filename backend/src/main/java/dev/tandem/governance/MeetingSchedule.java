package dev.tandem.governance;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import dev.tandem.governance.GovernanceViews.MeetingView;
import dev.tandem.metric.Tier;

/**
 * When a partnership's tiers meet, from their cadences: the occurrences within a window, never before the
 * partnership's start, plus the launch plan's governance milestones (the first steering review four weeks in,
 * the strategic review on day 90). Each occurrence has a stable id. Pure.
 */
final class MeetingSchedule {

    static final int FIRST_REVIEW_DAYS = 28;
    static final int STRATEGIC_REVIEW_DAYS = 90;

    private MeetingSchedule() {
    }

    /** The meetings of these tiers starting in [from, to), soonest first. */
    static List<MeetingView> between(UUID partnershipId, LocalDate start, List<TierPlan> tiers, Instant from, Instant to) {
        List<MeetingView> meetings = new ArrayList<>();
        for (TierPlan tier : tiers) {
            ZoneId zone = ZoneId.of(tier.timeZone());
            LocalDate day = start.minusDays(1);
            while (true) {
                day = next(tier, start, day);
                Instant at = day.atTime(tier.timeOfDay()).atZone(zone).toInstant();
                if (!at.isBefore(to)) {
                    break;
                }
                if (!at.isBefore(from)) {
                    meetings.add(meeting(partnershipId, tier, tier.name(), day, at));
                }
            }
            milestone(partnershipId, tier, start, from, to, meetings);
        }
        meetings.sort(Comparator.comparing(MeetingView::startsAt).thenComparing(MeetingView::id));
        return meetings;
    }

    /** The first meeting day of the tier after {@code after}. */
    static LocalDate next(TierPlan tier, LocalDate start, LocalDate after) {
        DayOfWeek weekday = DayOfWeek.of(tier.weekday());
        return switch (tier.cadence()) {
            case WEEKLY -> after.with(TemporalAdjusters.next(weekday));
            case EVERY_TWO_WEEKS -> {
                LocalDate first = start.minusDays(1).with(TemporalAdjusters.next(weekday));
                LocalDate candidate = after.with(TemporalAdjusters.next(weekday));
                yield ChronoUnit.WEEKS.between(first, candidate) % 2 == 0 ? candidate : candidate.plusWeeks(1);
            }
            case MONTHLY -> firstWeekdayFrom(after.plusDays(1), weekday, 1);
            case QUARTERLY -> firstWeekdayFrom(after.plusDays(1), weekday, 3);
        };
    }

    /** The first {@code weekday} of a month (of a quarter's first month when {@code months} is 3) on or after {@code from}. */
    private static LocalDate firstWeekdayFrom(LocalDate from, DayOfWeek weekday, int months) {
        LocalDate month = from.withDayOfMonth(1);
        while (true) {
            if ((month.getMonthValue() - 1) % months == 0) {
                LocalDate first = month.with(TemporalAdjusters.firstInMonth(weekday));
                if (!first.isBefore(from)) {
                    return first;
                }
            }
            month = month.plusMonths(1);
        }
    }

    private static void milestone(UUID partnershipId, TierPlan tier, LocalDate start, Instant from, Instant to, List<MeetingView> meetings) {
        String title = tier.tier() == Tier.STEERING ? "First steering review" : tier.tier() == Tier.STRATEGIC ? "Day-90 strategic review" : null;
        if (title == null) {
            return;
        }
        LocalDate day = start.plusDays(tier.tier() == Tier.STEERING ? FIRST_REVIEW_DAYS : STRATEGIC_REVIEW_DAYS);
        Instant at = day.atTime(tier.timeOfDay()).atZone(ZoneId.of(tier.timeZone())).toInstant();
        if (!at.isBefore(from) && at.isBefore(to)) {
            meetings.add(meeting(partnershipId, tier, title, day, at));
        }
    }

    private static MeetingView meeting(UUID partnershipId, TierPlan tier, String title, LocalDate day, Instant at) {
        UUID id = UUID.nameUUIDFromBytes((partnershipId + "|" + tier.tier() + "|" + title + "|" + day).getBytes(StandardCharsets.UTF_8));
        return new MeetingView(id.toString(), tier.tier(), title, at, tier.durationMinutes(), null, null, 0, false, null, partnershipId, null);
    }
}
