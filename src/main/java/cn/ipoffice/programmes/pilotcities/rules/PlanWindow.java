package cn.ipoffice.programmes.pilotcities.rules;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * PM-15, PM-16, PM-17 and I-9: the 6 months in which a pilot city records its new-round or fostering plan. The
 * window counts from the pilot term's last day; where SIPO gave the city a fresh window because a provincial step
 * before it was late (I-9), from the day of SIPO's decision, which is never back-dated, so the fresh window is never
 * created already closed (I-10).
 *
 * @param from  the day the 6 months count from: the term's last day, or SIPO's decision
 * @param fresh whether SIPO gave it (I-9)
 */
public record PlanWindow(LocalDate from, boolean fresh) {

    public static final int MONTHS = 6;

    public PlanWindow {
        Objects.requireNonNull(from, "from");
    }

    /** PM-17: the window 6 months after the pilot term's expiry. */
    public static PlanWindow afterTerm(LocalDate termLastDay) {
        return new PlanWindow(termLastDay, false);
    }

    /** I-9: the fresh window SIPO gives on {@code decidedOn}, 6 months from its decision. */
    public static PlanWindow freshFrom(LocalDate decidedOn) {
        return new PlanWindow(decidedOn, true);
    }

    /** The instant the window closes: 24:00 CST of its last day. */
    public Instant closes() {
        return DeadlineCalendar.withinMonths(from, MONTHS);
    }

    /** The window's last day, on which a plan is still in time. */
    public LocalDate lastDay() {
        return DeadlineCalendar.lastDayOf(closes());
    }

    /** The first day after the window (I-6: where a ban for missing it starts). */
    public LocalDate dayAfter() {
        return DeadlineCalendar.dayOf(closes());
    }

    /** What the window is, for a reason in the register: "6 months after the pilot term expired on 2028-02-29". */
    public String describe() {
        return fresh ? "the last day of the fresh window of 6 months SIPO gave on " + from + " (I-9)"
                : "6 months after the pilot term expired on " + from;
    }
}
