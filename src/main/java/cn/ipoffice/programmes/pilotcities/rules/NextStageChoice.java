package cn.ipoffice.programmes.pilotcities.rules;

import cn.ipoffice.programmes.rules.Decision;
import java.time.LocalDate;

/**
 * PM-15 and PM-16 with PM-14: after expiry a city with a score of 60 to 70 may record a new-round
 * pilot plan; above 70 also a fostering plan (I-2: "expiration of model cities" in PM-15 is read as the
 * pilot term's expiry). The plan must be issued after the term's last day, and not after the day it
 * is recorded.
 */
public final class NextStageChoice {

    private NextStageChoice() {
    }

    public static Decision decide(AcceptanceBand band, NextStage stage, LocalDate termLastDay, LocalDate planIssuedOn,
            LocalDate recordedOn) {
        String rule = stage == NextStage.FOSTERING ? "PM-15" : "PM-16";
        if (band == AcceptanceBand.WITHDRAWAL) {
            return Decision.refuse("PM-14", "PM-14: a city whose acceptance score is below 60 loses the title");
        }
        if (stage == NextStage.FOSTERING && band != AcceptanceBand.FOSTERING) {
            return Decision.refuse(rule, "PM-14: only a city with an acceptance score above 70 may enter"
                    + " demonstration fostering; record a new-round pilot plan instead");
        }
        if (!planIssuedOn.isAfter(termLastDay)) {
            return Decision.refuse(rule, rule + ": the plan must be issued after the pilot term expired on "
                    + termLastDay + ", not on " + planIssuedOn);
        }
        if (planIssuedOn.isAfter(recordedOn)) {
            return Decision.refuse(rule, rule + ": the plan's issue date " + planIssuedOn + " is in the future");
        }
        return Decision.allow(rule, rule + ": " + (stage == NextStage.FOSTERING ? "fostering" : "new-round pilot")
                + " plan issued on " + planIssuedOn);
    }
}
