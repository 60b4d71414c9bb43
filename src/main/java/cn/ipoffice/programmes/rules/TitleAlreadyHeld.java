package cn.ipoffice.programmes.rules;

import java.time.LocalDate;
import java.util.Optional;

/**
 * I-15: a holder that holds a title cannot apply for the same title while it holds it. A second application
 * would open a second, concurrent round of the same title; it is refused at the eligibility check, with the term
 * that runs named. The title's own article is cited (PM-7 for a pilot city, PM-20 for a model city).
 */
public final class TitleAlreadyHeld {

    public static final String READING = "I-15";

    /** The term of the title the applicant holds now. */
    public record HeldTerm(int round, LocalDate termStart, LocalDate termEnd) {
    }

    private TitleAlreadyHeld() {
    }

    public static Decision decide(String ruleId, String titleName, Optional<HeldTerm> held) {
        String rule = ruleId + ", " + READING;
        return held.map(term -> Decision.refuse(ruleId, rule + ": already holds the " + titleName + " title (round "
                        + term.round() + ", " + term.termStart() + " to " + (term.termEnd() == null ? "open" : term.termEnd())
                        + "); a second application for the same title is refused while it is held"))
                .orElseGet(() -> Decision.allow(ruleId, rule + ": does not hold the " + titleName + " title"));
    }
}
