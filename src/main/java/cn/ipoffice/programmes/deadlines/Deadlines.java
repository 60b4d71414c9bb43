package cn.ipoffice.programmes.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The deadline calendar as BPMN sees it: {@code timeDate="${deadlines.annualReportDue(reportYear)}"}
 * and {@code camunda:dueDate="${deadlines.withinMonths(approvedOn, 2)}"}. Legal dates travel in
 * process variables as ISO days ({@code 2025-03-01}), as Camunda Forms' date fields submit them;
 * the results are instants, so neither a timer nor a due date depends on the server's zone.
 */
@Component("deadlines")
public class Deadlines {

    private final Clock clock;

    public Deadlines(Clock clock) {
        this.clock = clock;
    }

    public Date withinMonths(Object legalDate, int months) {
        return Date.from(DeadlineCalendar.withinMonths(day(legalDate), months));
    }

    public Date withinWeeks(Object legalDate, int weeks) {
        return Date.from(DeadlineCalendar.withinWeeks(day(legalDate), weeks));
    }

    public Date termExpiry(Object termStart, int years) {
        return Date.from(DeadlineCalendar.term(day(termStart), years).expiry());
    }

    /** The years whose 31 January reports a term or cycle of N years from {@code termStart} owes. */
    public List<Integer> reportYears(Object termStart, int years) {
        return DeadlineCalendar.annualReportYears(DeadlineCalendar.term(day(termStart), years));
    }

    /**
     * The years whose 31 January reports a term owes when its obligations count from {@code obligationsFrom}
     * (I-10): a renewed term owes none whose 31 January passed before the decision that renewed it.
     */
    public List<Integer> reportYearsFrom(Object termStart, int years, Object obligationsFrom) {
        return DeadlineCalendar.annualReportYears(DeadlineCalendar.term(day(termStart), years), day(obligationsFrom));
    }


    /** Today in China Standard Time as an ISO day (YYYY-MM-DD), to hand to a variable: the day a step is taken. */
    public String todayIso() {
        return today().toString();
    }

    /** The end of a calendar day (24:00 CST), e.g. the expiry of a term whose last day is given. */
    public Date endOf(Object day) {
        return Date.from(DeadlineCalendar.endOfDay(day(day)));
    }

    /** The beginning of a calendar day (00:00 CST): when an escalation followed up until that day comes back. */
    public Date startOfDay(Object day) {
        return Date.from(DeadlineCalendar.startOfDay(day(day)));
    }

    /** 1 January of a year, 00:00 CST: when the year's report and assessment fall due to be prepared. */
    public Date startOfYear(Object year) {
        return Date.from(LocalDate.of(year(year), 1, 1).atStartOfDay(DeadlineCalendar.CHINA).toInstant());
    }

    /** 31 December 24:00 CST of the year of {@code day}: SIPO's once-a-year decisions (PM-7, CA-8). */
    public Date endOfYear(Object day) {
        return Date.from(DeadlineCalendar.endOfDay(LocalDate.of(day(day).getYear(), 12, 31)));
    }

    public Date annualReportDue(Object year) {
        return Date.from(DeadlineCalendar.annualReportDue(year(year)));
    }

    /** 24:00 CST of the day {@code days} days after today: the end of Tasklist's filter "Due within 30 days". */
    public Date endOfDayFromToday(int days) {
        return Date.from(DeadlineCalendar.endOfDay(today().plusDays(days)));
    }

    /** The day after a legal date, as an ISO day: the first day of a term that follows another. */
    public String dayAfter(Object legalDate) {
        return day(legalDate).plusDays(1).toString();
    }

    /** Today in China Standard Time, by the engine's clock (which tests and simulations move). */
    public LocalDate today() {
        return DeadlineCalendar.dayOf(clock.instant());
    }

    /** Reads a legal date from a process variable: an ISO day, a {@link LocalDate} or an instant. */
    public static LocalDate day(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date instant) {
            return DeadlineCalendar.dayOf(instant.toInstant());
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Not a date (expected YYYY-MM-DD): '" + text + "'", e);
            }
        }
        throw new IllegalArgumentException("Not a date (expected YYYY-MM-DD): " + value);
    }

    private static int year(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        if (value instanceof String text) {
            try {
                return Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a year: '" + text + "'", e);
            }
        }
        throw new IllegalArgumentException("Not a year: " + value);
    }
}
