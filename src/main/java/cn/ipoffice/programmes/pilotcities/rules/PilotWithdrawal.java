package cn.ipoffice.programmes.pilotcities.rules;

import java.time.Instant;
import java.time.LocalDate;

/**
 * PM-17: a pilot city that records neither a fostering nor a new-round plan within 6 months of its
 * term's expiry is withdrawn from the pilot list and may not apply again for 3 years, counted from
 * the day after the missed deadline (I-6). Where the window closed after a late provincial step, SIPO
 * decides instead (I-9, {@link ProvincialDelay}): a fresh window, whose close has the same consequence, or
 * the withdrawal with the ban from its decision.
 */
public final class PilotWithdrawal {

    public static final String RULE = "PM-17";
    public static final int WINDOW_MONTHS = PlanWindow.MONTHS;
    public static final int BAN_YEARS = 3;

    private PilotWithdrawal() {
    }

    /** The instant the 6-month window after the term's expiry closes. */
    public static Instant windowCloses(LocalDate termLastDay) {
        return PlanWindow.afterTerm(termLastDay).closes();
    }

    /** The first day of the ban: the day after the window's last day. */
    public static LocalDate banStarts(LocalDate termLastDay) {
        return PlanWindow.afterTerm(termLastDay).dayAfter();
    }

    public static String reason(LocalDate termLastDay) {
        return reason(PlanWindow.afterTerm(termLastDay));
    }

    /** No plan in the window, the one after the term or a fresh one SIPO gave (I-9). */
    public static String reason(PlanWindow window) {
        return "PM-17: no fostering or new-round plan recorded by " + window.lastDay() + ", " + window.describe();
    }

    /**
     * I-9: SIPO withdrew the city on {@code decidedOn} after its window, which ended on {@code windowLastDay}, closed
     * following a late provincial step; the ban runs from the decision (I-6).
     */
    public static String decisionReason(LocalDate decidedOn, LocalDate windowLastDay) {
        return "PM-17, I-9: withdrawn on SIPO's decision of " + decidedOn + ": no fostering or new-round plan recorded by "
                + windowLastDay + ", the end of the plan window, which closed after a late provincial step (PM-13)";
    }
}
