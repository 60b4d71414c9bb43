package cn.ipoffice.programmes.pilotcities.rules;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import java.time.Instant;
import java.time.LocalDate;

/**
 * PM-17: a pilot city that records neither a fostering nor a new-round plan within 6 months of its
 * term's expiry is withdrawn from the pilot list and may not apply again for 3 years, counted from
 * the day after the missed deadline (I-6).
 */
public final class PilotWithdrawal {

    public static final String RULE = "PM-17";
    public static final int WINDOW_MONTHS = 6;
    public static final int BAN_YEARS = 3;

    private PilotWithdrawal() {
    }

    /** The instant the 6-month window closes. */
    public static Instant windowCloses(LocalDate termLastDay) {
        return DeadlineCalendar.withinMonths(termLastDay, WINDOW_MONTHS);
    }

    /** The first day of the ban: the day after the window's last day. */
    public static LocalDate banStarts(LocalDate termLastDay) {
        return DeadlineCalendar.dayOf(windowCloses(termLastDay));
    }

    public static String reason(LocalDate termLastDay) {
        return "PM-17: no fostering or new-round plan recorded by " + DeadlineCalendar.lastDayOf(windowCloses(termLastDay))
                + ", 6 months after the pilot term expired on " + termLastDay;
    }
}
