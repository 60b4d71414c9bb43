package cn.ipoffice.programmes.clusterareas.rules;

import java.time.LocalDate;

/**
 * CA-16, CA-17 and I-5: at the end of the construction period SIPO checks and accepts. Excellent: the
 * demonstrative title; qualified: the experimental-area title, and the area may apply for another
 * check; unqualified: rectification by the date SIPO enters, which must come after the check, then a
 * new check, as often as needed.
 */
public final class CheckAndAcceptance {

    public static final String RULE = "CA-17";

    public record Result(CheckOutcome outcome, String reason) {
    }

    private CheckAndAcceptance() {
    }

    public static Result decide(CheckResult result, LocalDate checkedOn, LocalDate rectificationDeadline) {
        return switch (result) {
            case EXCELLENT -> new Result(CheckOutcome.DEMONSTRATIVE,
                    "CA-17: excellent; confirmed as a Demonstrative Cluster Development Area from " + checkedOn);
            case QUALIFIED -> new Result(CheckOutcome.EXPERIMENTAL_TITLE,
                    "CA-17: qualified; the Cluster Development Experimental Area title from " + checkedOn
                            + "; the area may apply for another check and acceptance");
            case UNQUALIFIED -> new Result(CheckOutcome.RECTIFICATION, rectification(RULE, checkedOn, rectificationDeadline));
        };
    }

    static String rectification(String rule, LocalDate checkedOn, LocalDate deadline) {
        if (deadline == null) {
            throw new IllegalArgumentException("I-5: an unqualified result needs the rectification deadline SIPO sets");
        }
        if (!deadline.isAfter(checkedOn)) {
            throw new IllegalArgumentException("I-5: the rectification deadline " + deadline
                    + " must come after the day of the check, " + checkedOn);
        }
        return rule + ": unqualified; rectification by " + deadline + " (I-5), then a new "
                + (rule.equals(RULE) ? "check" : "review");
    }
}
