package cn.ipoffice.programmes.pilotcities.rules;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.deadlines.Term;
import java.time.LocalDate;

/**
 * PM-13, PM-15, PM-16: a pilot round runs 3 years from the reply notice (round 1) or from its new pilot work
 * plan's issue; a fostering cycle runs 3 years from its fostering plan's issue.
 */
public final class PilotTerm {

    public static final int YEARS = 3;

    private PilotTerm() {
    }

    public static Term from(LocalDate start) {
        return DeadlineCalendar.term(start, YEARS);
    }
}
