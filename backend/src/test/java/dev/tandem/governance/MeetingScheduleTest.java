package dev.tandem.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tandem.governance.GovernanceViews.MeetingView;
import dev.tandem.metric.Tier;

/** The meeting schedule's rules without booting Quarkus: cadences, the start, time zones, milestones and stable ids. */
class MeetingScheduleTest {

    static final UUID PARTNERSHIP = UUID.randomUUID();
    static final LocalDate START = LocalDate.of(2027, 3, 10);   // a Wednesday

    static TierPlan tier(Tier tier, Cadence cadence, int weekday, String zone) {
        return new TierPlan(tier, tier.name(), cadence, 60, weekday, LocalTime.of(9, 30), zone, 72, List.of(), 0);
    }

    @Test
    void eachCadenceFallsOnItsWeekdayFromTheStart() {
        TierPlan weekly = tier(Tier.EXECUTION, Cadence.WEEKLY, 2, "UTC");
        assertEquals(LocalDate.of(2027, 3, 16), MeetingSchedule.next(weekly, START, START.minusDays(1)), "the first Tuesday after the start");
        TierPlan biweekly = tier(Tier.EXECUTION, Cadence.EVERY_TWO_WEEKS, 2, "UTC");
        assertEquals(LocalDate.of(2027, 3, 30), MeetingSchedule.next(biweekly, START, LocalDate.of(2027, 3, 16)), "every other Tuesday");
        TierPlan monthly = tier(Tier.STEERING, Cadence.MONTHLY, 4, "UTC");
        assertEquals(LocalDate.of(2027, 4, 1), MeetingSchedule.next(monthly, START, START), "the first Thursday of the next month");
        TierPlan quarterly = tier(Tier.STRATEGIC, Cadence.QUARTERLY, 4, "UTC");
        assertEquals(LocalDate.of(2027, 4, 1), MeetingSchedule.next(quarterly, START, START));
        assertEquals(LocalDate.of(2027, 7, 1), MeetingSchedule.next(quarterly, START, LocalDate.of(2027, 4, 1)));
    }

    @Test
    void noneBeforeTheStartMilestonesIncludedTimesInTheTiersZoneAndIdsStable() {
        TierPlan steering = tier(Tier.STEERING, Cadence.MONTHLY, 4, "Europe/Berlin");
        Instant from = START.minusMonths(2).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = START.plusMonths(3).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<MeetingView> meetings = MeetingSchedule.between(PARTNERSHIP, START, List.of(steering), from, to);
        assertThat(meetings).allSatisfy(m -> assertThat(m.startsAt()).isAfter(START.atStartOfDay().toInstant(ZoneOffset.UTC)));
        assertThat(meetings.stream().map(MeetingView::title)).contains("First steering review");
        MeetingView first = meetings.stream().filter(m -> m.title().equals("STEERING")).findFirst().orElseThrow();
        assertEquals(DayOfWeek.THURSDAY, first.startsAt().atZone(ZoneId.of("Europe/Berlin")).getDayOfWeek());
        assertEquals(LocalTime.of(9, 30), first.startsAt().atZone(ZoneId.of("Europe/Berlin")).toLocalTime(), "09:30 in Berlin");
        assertEquals(meetings, MeetingSchedule.between(PARTNERSHIP, START, List.of(steering), from, to), "the same ids every time");
    }
}
