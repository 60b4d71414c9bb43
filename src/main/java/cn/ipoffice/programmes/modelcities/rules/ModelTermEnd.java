package cn.ipoffice.programmes.modelcities.rules;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import java.time.LocalDate;

/**
 * PM-27 and PM-29: within 4 months of the model term's expiry the city applies for reexamination; no
 * application withdraws the title with a 3-year ban on applying as a model city from the day after the
 * missed deadline (I-6). A failed reexamination withdraws it with a 2-year ban from the decision.
 */
public final class ModelTermEnd {

    public static final int WINDOW_MONTHS = 4;
    public static final int NO_APPLICATION_BAN_YEARS = 3;
    public static final int FAILED_BAN_YEARS = 2;

    private ModelTermEnd() {
    }

    public static LocalDate noApplicationBanStarts(LocalDate termLastDay) {
        return DeadlineCalendar.dayOf(DeadlineCalendar.withinMonths(termLastDay, WINDOW_MONTHS));
    }

    public static String noApplicationReason(LocalDate termLastDay) {
        return "PM-27: no application for reexamination by " + noApplicationBanStarts(termLastDay).minusDays(1)
                + ", 4 months after the model term expired on " + termLastDay;
    }

    public static String failedReason(LocalDate decidedOn) {
        return "PM-29: the reexamination of " + decidedOn + " failed; the model title is withdrawn";
    }
}
