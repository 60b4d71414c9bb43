package cn.ipoffice.programmes.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The time rules of docs/rules.md "Time", and the only place that turns a regulation's period into an
 * instant. Every deadline is computed in China Standard Time, whatever the JVM's default zone.
 *
 * <p>A deadline is returned as the first instant after it has passed: "within 2 months after
 * 2024-03-15" ends at 2024-05-15 24:00 CST, which is the instant 2024-05-16T00:00+08:00.
 */
public final class DeadlineCalendar {

    /** China Standard Time, in which all deadlines of both programmes run. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter DAY_TEXT = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private DeadlineCalendar() {
    }

    /**
     * "Within N months after D": 24:00 of the day D + N months, the same day-of-month, or the last
     * day of a shorter month (2024-11-30 + 3 months ends 2025-02-28 24:00).
     */
    public static Instant withinMonths(LocalDate start, int months) {
        requirePositive(months, "months");
        return endOfDay(start.plusMonths(months));
    }

    /** "Within N weeks after D": 24:00 of the day D + 7N days (PM-13's hand-over within 2 weeks). */
    public static Instant withinWeeks(LocalDate start, int weeks) {
        requirePositive(weeks, "weeks");
        return endOfDay(start.plusWeeks(weeks));
    }

    /** A term of N years starting on D: its last day is the day before D + N years. */
    public static Term term(LocalDate start, int years) {
        requirePositive(years, "years");
        return new Term(start, start.plusYears(years).minusDays(1));
    }

    /** The annual report of {@code year} is due by 31 January of that year, 24:00 CST. */
    public static Instant annualReportDue(int year) {
        return endOfDay(LocalDate.of(year, 1, 31));
    }

    /**
     * The years whose 31 January reports a term owes: from the year after the term starts to the
     * last 31 January inside the term.
     */
    public static List<Integer> annualReportYears(Term term) {
        List<Integer> years = new ArrayList<>();
        for (int year = term.start().getYear() + 1; !LocalDate.of(year, 1, 31).isAfter(term.lastDay()); year++) {
            years.add(year);
        }
        return List.copyOf(years);
    }

    /**
     * The report years of a term whose obligations count from a later day (I-10, a renewed term): those whose
     * 31 January falls on or after that day. A 31 January that passed before the renewing decision is owed by
     * nobody: no report is created overdue.
     */
    public static List<Integer> annualReportYears(Term term, LocalDate obligationsFrom) {
        return annualReportYears(term).stream().filter(year -> !LocalDate.of(year, 1, 31).isBefore(obligationsFrom))
                .toList();
    }


    /**
     * The last day of an N-year ban imposed on {@code decisionDay} (I-6): the day before the same
     * date N years later; an application on that anniversary is accepted.
     */
    public static LocalDate banLastDay(LocalDate decisionDay, int years) {
        requirePositive(years, "years");
        return decisionDay.plusYears(years).minusDays(1);
    }

    /** The instant a calendar day ends in China Standard Time (its 24:00). */
    public static Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(CHINA).toInstant();
    }

    /** The instant a calendar day begins in China Standard Time (its 00:00): when a follow-up set for that day is due. */
    public static Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(CHINA).toInstant();
    }

    /**
     * A deadline as the offices read it, its last day and 24:00 in China Standard Time: the instant 2027-03-08
     * 00:00 CST is "7 March 2027, 24:00 CST".
     */
    public static String lastMinuteText(Instant deadline) {
        return dayText(lastDayOf(deadline)) + ", 24:00 CST";
    }

    /** A day as the offices read it: "7 March 2027". */
    public static String dayText(LocalDate day) {
        return DAY_TEXT.format(day);
    }

    /** The calendar day in China Standard Time that an instant falls on. */
    public static LocalDate dayOf(Instant instant) {
        return ZonedDateTime.ofInstant(instant, CHINA).toLocalDate();
    }

    /** The last calendar day still inside a deadline that ends at {@code deadline}. */
    public static LocalDate lastDayOf(Instant deadline) {
        return dayOf(deadline.minusNanos(1));
    }

    /** Whether an obligation due at {@code deadline} is overdue at {@code now}. */
    public static boolean isOverdue(Instant deadline, Instant now) {
        return !now.isBefore(deadline);
    }

    /**
     * Whole calendar days (CST) an obligation due at {@code deadline} is late at {@code now}: 1 on the day
     * after the deadline's last day, 0 while it is not overdue.
     */
    public static long daysOverdue(Instant deadline, Instant now) {
        return isOverdue(deadline, now) ? ChronoUnit.DAYS.between(lastDayOf(deadline), dayOf(now)) : 0;
    }

    private static void requirePositive(int value, String unit) {
        if (value <= 0) {
            throw new IllegalArgumentException("A period needs a positive number of " + unit + ", got " + value);
        }
    }
}
