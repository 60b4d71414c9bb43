package cn.ipoffice.programmes.modelcities.rules;

import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.rules.Decision;

/**
 * PM-31, PM-32: what a verified finding about a holder's title acts on, or why it acts on nothing. Fraud or improper
 * means (PM-31) disqualify the holder's application for the title while it is in progress and cancel the title if the
 * holder already obtained it: a city found out in its first application, which the register does not know yet,
 * included. PM-32 withdraws a title held, so its holder must be in the register. A refusal names the form's field
 * to correct.
 */
public final class FindingTarget {

    private FindingTarget() {
    }

    /**
     * @param inRegister whether the register knows the holder
     * @param holdsTitle whether the holder holds the title now
     * @param applying whether an application of the holder for the title is in progress
     */
    public static Decision decide(WithdrawalGround ground, String holderId, Title title, boolean inRegister,
            boolean holdsTitle, boolean applying) {
        if (ground.cancels()) {
            if (!holdsTitle && !applying) {
                return Decision.refuse("PM-31", "title: " + holderId + " neither holds the title " + title
                        + " nor has an application for it in progress; PM-31 disqualifies an application in progress"
                        + " or cancels a title obtained. Check the title and the city's code (holderId)");
            }
            return Decision.allow("PM-31", "PM-31: " + (applying ? "the application in progress is disqualified" : "")
                    + (applying && holdsTitle ? " and " : "") + (holdsTitle ? "the title is cancelled" : ""));
        }
        if (!inRegister) {
            return Decision.refuse("PM-32", "holderId: " + holderId + " is not in the register; PM-32 withdraws a title"
                    + " held, and it holds none");
        }
        return Decision.allow("PM-32", "PM-32: the title " + title + " is withdrawn");
    }
}
