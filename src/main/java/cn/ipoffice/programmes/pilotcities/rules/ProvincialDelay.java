package cn.ipoffice.programmes.pilotcities.rules;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * I-9 on PM-17: whether a pilot city's plan window closed after a late step of its provincial office, so that the
 * withdrawal and ban PM-17 attaches to the window's close may not follow by themselves.
 *
 * <p>The city can record its plan only once the province has done the two steps of PM-13 before it: held the
 * acceptance, due within 4 months of the term's expiry, and sent the materials to SIPO, due within 2 weeks after the
 * acceptance ended. A step is late when the province recorded it on a day after its last day, that is at or after
 * its deadline (24:00 CST of that day), when its overdue timer had fired: recorded in the last minute of the last
 * day it is in time, in the first minute after it is late. Where the case holds no record of the step (a case
 * brought over at the plan window) its date on the form decides; where it holds neither, the step is not known to
 * be late. When either step was late, SIPO decides with the dates before it; when both were in time the window was
 * the city's own and PM-17 applies.
 */
public final class ProvincialDelay {

    public static final String RULE = "I-9";
    public static final int ACCEPTANCE_MONTHS = 4;
    public static final int HAND_OVER_WEEKS = 2;

    private ProvincialDelay() {
    }

    /**
     * The province's two steps as the case knows them: the date entered on each form and the day (CST) the step was
     * recorded; any may be null where the case holds no record of it.
     */
    public record Steps(LocalDate termLastDay, LocalDate acceptanceEndedOn, LocalDate acceptanceRecordedOn,
            LocalDate handedOverOn, LocalDate handOverRecordedOn) {

        public Steps {
            Objects.requireNonNull(termLastDay, "termLastDay");
        }
    }

    /**
     * The weighing: whether a provincial step was late, the last days the steps and the window were due (the
     * hand-over's only where the acceptance's date is known), and the findings that name each date.
     */
    public record Weighing(boolean provinceLate, LocalDate acceptanceDueOn, LocalDate handOverDueOn,
            LocalDate windowLastDay, String findings) {
    }

    /** PM-13: the last day of the acceptance, 4 months after the term's last day. */
    public static LocalDate acceptanceDueOn(LocalDate termLastDay) {
        return DeadlineCalendar.lastDayOf(DeadlineCalendar.withinMonths(termLastDay, ACCEPTANCE_MONTHS));
    }

    /** PM-13: the last day of the hand-over to SIPO, 2 weeks after the acceptance ended. */
    public static LocalDate handOverDueOn(LocalDate acceptanceEndedOn) {
        return DeadlineCalendar.lastDayOf(DeadlineCalendar.withinWeeks(acceptanceEndedOn, HAND_OVER_WEEKS));
    }

    public static Weighing weigh(Steps steps) {
        LocalDate acceptanceDue = acceptanceDueOn(steps.termLastDay());
        LocalDate handOverDue = steps.acceptanceEndedOn() == null ? null : handOverDueOn(steps.acceptanceEndedOn());
        LocalDate windowLastDay = PlanWindow.afterTerm(steps.termLastDay()).lastDay();
        boolean acceptanceLate = late(steps.acceptanceRecordedOn(), steps.acceptanceEndedOn(), acceptanceDue);
        boolean handOverLate = handOverDue != null && late(steps.handOverRecordedOn(), steps.handedOverOn(), handOverDue);
        boolean provinceLate = acceptanceLate || handOverLate;

        List<String> findings = new ArrayList<>();
        findings.add("PM-13 acceptance: due by " + acceptanceDue + " (4 months after the term's last day, "
                + steps.termLastDay() + "); " + done("ended", steps.acceptanceEndedOn(), steps.acceptanceRecordedOn())
                + verdict(acceptanceLate, steps.acceptanceEndedOn(), steps.acceptanceRecordedOn()));
        findings.add("PM-13 materials to SIPO: " + (handOverDue == null ? "due 2 weeks after the acceptance"
                : "due by " + handOverDue + " (2 weeks after the acceptance ended)") + "; "
                + done("sent", steps.handedOverOn(), steps.handOverRecordedOn())
                + verdict(handOverLate, steps.handedOverOn(), steps.handOverRecordedOn()));
        findings.add("PM-17 the city's plan window: ended " + windowLastDay + " (6 months after the term's last day)"
                + (steps.handOverRecordedOn() == null ? "" : "; open to the city from " + steps.handOverRecordedOn()));
        findings.add(provinceLate
                ? "I-9: the province's " + (acceptanceLate && handOverLate ? "acceptance and hand-over were"
                        : acceptanceLate ? "acceptance was" : "hand-over was")
                        + " late, so no withdrawal follows by itself: SIPO decides on a fresh window of 6 months"
                        + " from its decision or the withdrawal with a 3-year ban (PM-17)"
                : "I-9: the province's steps were in time; the window was the city's own (PM-17)");
        return new Weighing(provinceLate, acceptanceDue, handOverDue, windowLastDay, String.join("\n", findings));
    }

    /** Recorded on a day after the last day (or, with no record, dated after it). */
    private static boolean late(LocalDate recordedOn, LocalDate dated, LocalDate lastDay) {
        LocalDate day = recordedOn != null ? recordedOn : dated;
        return day != null && day.isAfter(lastDay);
    }

    private static String done(String verb, LocalDate dated, LocalDate recordedOn) {
        if (dated == null && recordedOn == null) {
            return "no record in this case";
        }
        return (dated == null ? "" : verb + " " + dated) + (dated != null && recordedOn != null ? ", " : "")
                + (recordedOn == null ? "" : "recorded " + recordedOn);
    }

    private static String verdict(boolean late, LocalDate dated, LocalDate recordedOn) {
        return dated == null && recordedOn == null ? "" : late ? ": LATE" : ": in time";
    }
}
