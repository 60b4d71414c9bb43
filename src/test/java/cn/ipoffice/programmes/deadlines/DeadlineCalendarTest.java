package cn.ipoffice.programmes.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** docs/rules.md "Time": every example, month ends, 29 February, and the last minute against the first minute after. */
class DeadlineCalendarTest {

    private static Instant cst(String localDateTime) {
        return OffsetDateTime.of(java.time.LocalDateTime.parse(localDateTime), ZoneOffset.ofHours(8)).toInstant();
    }

    @Test
    void withinThreeMonthsOf30November_endsOnTheLastDayOfFebruary() {
        assertThat(DeadlineCalendar.withinMonths(LocalDate.of(2024, 11, 30), 3)).isEqualTo(cst("2025-03-01T00:00"));
        assertThat(DeadlineCalendar.lastDayOf(DeadlineCalendar.withinMonths(LocalDate.of(2024, 11, 30), 3)))
                .isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void withinSixMonthsOf31August_endsOn28Or29February() {
        assertThat(DeadlineCalendar.lastDayOf(DeadlineCalendar.withinMonths(LocalDate.of(2024, 8, 31), 6)))
                .isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(DeadlineCalendar.lastDayOf(DeadlineCalendar.withinMonths(LocalDate.of(2023, 8, 31), 6)))
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void withinMonthsKeepsTheDayOfMonth() {
        assertThat(DeadlineCalendar.withinMonths(LocalDate.of(2025, 3, 15), 2)).isEqualTo(cst("2025-05-16T00:00"));
        assertThat(DeadlineCalendar.withinMonths(LocalDate.of(2025, 1, 31), 4)).isEqualTo(cst("2025-06-01T00:00"));
    }

    @Test
    void withinMonthsOf29February_endsOn28FebruaryOfACommonYear() {
        assertThat(DeadlineCalendar.lastDayOf(DeadlineCalendar.withinMonths(LocalDate.of(2024, 2, 29), 12)))
                .isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aDeadlineEndingAt8March0000_readsAsTheEndOf7March() {
        assertThat(DeadlineCalendar.lastMinuteText(cst("2027-03-08T00:00"))).isEqualTo("7 March 2027, 24:00 CST");
        assertThat(DeadlineCalendar.lastMinuteText(DeadlineCalendar.annualReportDue(2026))).isEqualTo("31 January 2026, 24:00 CST");
    }

    @Test
    void aFollowUpDayBeginsAtMidnightInChina_whateverTheServersZone() {
        assertThat(DeadlineCalendar.startOfDay(LocalDate.of(2026, 3, 5))).isEqualTo(cst("2026-03-05T00:00"));
        assertThat(DeadlineCalendar.dayText(LocalDate.of(2026, 3, 5))).isEqualTo("5 March 2026");
    }

    @Test
    void withinTwoWeeks_endsFourteenDaysLaterAtMidnight() {
        assertThat(DeadlineCalendar.withinWeeks(LocalDate.of(2025, 5, 1), 2)).isEqualTo(cst("2025-05-16T00:00"));
    }

    @Test
    void deadlineLastMinuteIsInTime_firstMinuteAfterIsOverdue() {
        Instant deadline = DeadlineCalendar.withinMonths(LocalDate.of(2024, 11, 30), 3);
        assertThat(DeadlineCalendar.isOverdue(deadline, cst("2025-02-28T23:59"))).isFalse();
        assertThat(DeadlineCalendar.isOverdue(deadline, cst("2025-03-01T00:00"))).isTrue();
        assertThat(DeadlineCalendar.isOverdue(deadline, cst("2025-03-01T00:01"))).isTrue();
    }

    @Test
    void threeYearTerm_endsTheDayBeforeTheThirdAnniversary() {
        Term term = DeadlineCalendar.term(LocalDate.of(2025, 3, 1), 3);
        assertThat(term.lastDay()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(term.expiry()).isEqualTo(cst("2028-03-01T00:00"));
        assertThat(term.contains(LocalDate.of(2028, 2, 29))).isTrue();
        assertThat(term.contains(LocalDate.of(2028, 3, 1))).isFalse();
    }

    @Test
    void threeYearTermFrom29February_endsTheDayBefore28FebruaryThreeYearsOn() {
        assertThat(DeadlineCalendar.term(LocalDate.of(2024, 2, 29), 3).lastDay()).isEqualTo(LocalDate.of(2027, 2, 27));
    }

    @Test
    void annualReports_runFromTheYearAfterTheStartToTheLast31JanuaryInsideTheTerm() {
        assertThat(DeadlineCalendar.annualReportYears(DeadlineCalendar.term(LocalDate.of(2025, 3, 1), 3)))
                .containsExactly(2026, 2027, 2028);
        // A term from 15 January ends on 14 January: its third 31 January falls outside it.
        assertThat(DeadlineCalendar.annualReportYears(DeadlineCalendar.term(LocalDate.of(2025, 1, 15), 3)))
                .containsExactly(2026, 2027);
        // A term from 1 February 2025 ends on 31 January 2028, which is inside it.
        assertThat(DeadlineCalendar.annualReportYears(DeadlineCalendar.term(LocalDate.of(2025, 2, 1), 3)))
                .containsExactly(2026, 2027, 2028);
    }

    @Test
    void i10_aRenewedTermOwesTheReportsWhose31JanuaryIsOnOrAfterTheRenewingDecision() {
        var renewed = DeadlineCalendar.term(LocalDate.of(2022, 7, 1), 3);
        assertThat(DeadlineCalendar.annualReportYears(renewed, LocalDate.of(2022, 7, 15))).containsExactly(2023, 2024, 2025);
        // Decided on 31 January: that day's report is still owed, due at its 24:00.
        assertThat(DeadlineCalendar.annualReportYears(renewed, LocalDate.of(2023, 1, 31))).containsExactly(2023, 2024, 2025);
        // Decided on 1 February: the 31 January before it is owed by nobody.
        assertThat(DeadlineCalendar.annualReportYears(renewed, LocalDate.of(2023, 2, 1))).containsExactly(2024, 2025);
    }


    @Test
    void annualReportDue_31January2400ChinaStandardTime() {
        Instant due = DeadlineCalendar.annualReportDue(2026);
        assertThat(due).isEqualTo(Instant.parse("2026-01-31T16:00:00Z"));
        assertThat(DeadlineCalendar.isOverdue(due, cst("2026-01-31T23:59"))).isFalse();
        assertThat(DeadlineCalendar.isOverdue(due, cst("2026-02-01T00:00"))).isTrue();
    }

    @Test
    void banOfTwoYears_endsTheDayBeforeTheAnniversary() {
        assertThat(DeadlineCalendar.banLastDay(LocalDate.of(2025, 6, 10), 2)).isEqualTo(LocalDate.of(2027, 6, 9));
        assertThat(DeadlineCalendar.banLastDay(LocalDate.of(2024, 2, 29), 3)).isEqualTo(LocalDate.of(2027, 2, 27));
    }

    @Test
    void dayOf_readsTheCalendarDayInChina() {
        assertThat(DeadlineCalendar.dayOf(Instant.parse("2026-01-31T15:59:00Z"))).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(DeadlineCalendar.dayOf(Instant.parse("2026-01-31T16:00:00Z"))).isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void nonPositivePeriodsAreRefused() {
        assertThatThrownBy(() -> DeadlineCalendar.withinMonths(LocalDate.of(2025, 1, 1), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive number of months");
        assertThatThrownBy(() -> new Term(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expressionsTakeIsoDaysAndReturnInstants() {
        Deadlines deadlines = new Deadlines(Clock.system(DeadlineCalendar.CHINA));
        assertThat(deadlines.withinMonths("2024-11-30", 3)).isEqualTo(Date.from(cst("2025-03-01T00:00")));
        assertThat(deadlines.annualReportDue(2026)).isEqualTo(Date.from(Instant.parse("2026-01-31T16:00:00Z")));
        assertThat(deadlines.termExpiry("2025-03-01", 3)).isEqualTo(Date.from(cst("2028-03-01T00:00")));
        assertThatThrownBy(() -> deadlines.withinMonths("1 March 2025", 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected YYYY-MM-DD");
    }
}
