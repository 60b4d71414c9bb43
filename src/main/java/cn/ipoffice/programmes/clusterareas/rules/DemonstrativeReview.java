package cn.ipoffice.programmes.clusterareas.rules;

import java.time.LocalDate;

/**
 * CA-18: at the expiry of the 3-year demonstrative title SIPO reviews. Qualified: the title is kept for
 * a new term; unqualified: rectification by the date SIPO sets (I-5); still unqualified after
 * rectification: the title is cancelled.
 */
public final class DemonstrativeReview {

    public static final String RULE = "CA-18";

    private DemonstrativeReview() {
    }

    public static CheckAndAcceptance.Result decide(CheckResult result, boolean afterRectification, LocalDate reviewedOn,
            LocalDate rectificationDeadline) {
        if (result == CheckResult.EXCELLENT || result == CheckResult.QUALIFIED) {
            return new CheckAndAcceptance.Result(CheckOutcome.NEW_TERM,
                    "CA-18: qualified at review on " + reviewedOn + "; the title is kept for a new " + ClusterAreaTerm.YEARS
                            + "-year term");
        }
        if (afterRectification) {
            return new CheckAndAcceptance.Result(CheckOutcome.CANCELLATION,
                    "CA-18: still unqualified after rectification at review on " + reviewedOn + "; the title is cancelled");
        }
        return new CheckAndAcceptance.Result(CheckOutcome.RECTIFICATION,
                CheckAndAcceptance.rectification(RULE, reviewedOn, rectificationDeadline));
    }
}
