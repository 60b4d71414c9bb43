package cn.ipoffice.programmes.clusterareas.usecase;

import cn.ipoffice.programmes.clusterareas.rules.CheckAndAcceptance;
import cn.ipoffice.programmes.clusterareas.rules.CheckResult;
import cn.ipoffice.programmes.clusterareas.rules.DemonstrativeReview;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * What follows SIPO's review of a demonstrative area at the end of its term (CA-18): a new term, rectification by
 * the deadline SIPO sets (I-5), or, still unqualified after rectification, the title's cancellation.
 */
@Service("decideReviewOutcomeUseCase")
public class DecideReviewOutcome {

    /**
     * @param afterRectification whether the area has rectified since the last review
     * @param rectificationDeadline null when SIPO entered none
     * @throws IllegalArgumentException when a first unqualified result has no deadline, or one not after the review (I-5)
     */
    public CheckAndAcceptance.Result decide(CheckResult result, boolean afterRectification, LocalDate reviewedOn,
            LocalDate rectificationDeadline) {
        return DemonstrativeReview.decide(result, afterRectification, reviewedOn, rectificationDeadline);
    }
}
