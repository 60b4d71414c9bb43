package cn.ipoffice.programmes.pilotcities.rules;

import cn.ipoffice.programmes.rules.Decision;
import java.time.LocalDate;

/**
 * PM-15 and I-3: at the end of a 3-year fostering cycle the city may issue a new fostering plan within
 * 6 months, which starts the next round on its issue date; without one it leaves the fostering stage,
 * with no ban. The plan must be issued after the cycle's last day and not after the day it is recorded.
 */
public final class FosteringRenewal {

    public static final String RULE = "PM-15";

    private FosteringRenewal() {
    }

    public static Decision decide(LocalDate cycleLastDay, LocalDate planIssuedOn, LocalDate recordedOn) {
        if (!planIssuedOn.isAfter(cycleLastDay)) {
            return Decision.refuse(RULE, "PM-15: the new fostering plan must be issued after the cycle ended on "
                    + cycleLastDay + ", not on " + planIssuedOn);
        }
        if (planIssuedOn.isAfter(recordedOn)) {
            return Decision.refuse(RULE, "PM-15: the plan's issue date " + planIssuedOn + " is in the future");
        }
        return Decision.allow(RULE, "PM-15: new fostering round from " + planIssuedOn);
    }

    public static String leavingReason(LocalDate cycleLastDay) {
        return "I-3: no new fostering plan within 6 months of the cycle's end on " + cycleLastDay
                + "; the city leaves the fostering stage and the pilot list, without a ban";
    }
}
