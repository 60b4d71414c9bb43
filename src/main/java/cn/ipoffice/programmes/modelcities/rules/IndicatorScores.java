package cn.ipoffice.programmes.modelcities.rules;

import cn.ipoffice.programmes.rules.Decision;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * PM-18(ix): the scores of the indicator system for the assessment of model cities (Appendix 2), objective strength
 * at least 60 and weighted total at least 80 (59.99 and 79.99 fail). On an application the provincial office gives
 * them (PM-19(ii)); at a reexamination (PM-28) the city's application through the provincial office carries them.
 */
public record IndicatorScores(BigDecimal objectiveStrength, BigDecimal weightedTotal) {

    public static final String RULE = "PM-18(ix)";
    private static final BigDecimal OBJECTIVE_MINIMUM = new BigDecimal("60");
    private static final BigDecimal WEIGHTED_MINIMUM = new BigDecimal("80");

    /** The failed parts of condition (ix), each with its score; empty when it is met. */
    public List<String> shortfalls() {
        List<String> failed = new ArrayList<>();
        if (objectiveStrength.compareTo(OBJECTIVE_MINIMUM) < 0) {
            failed.add(RULE + ": objective strength " + plain(objectiveStrength) + " is below 60");
        }
        if (weightedTotal.compareTo(WEIGHTED_MINIMUM) < 0) {
            failed.add(RULE + ": weighted total " + plain(weightedTotal) + " is below 80");
        }
        return failed;
    }

    /** Condition (ix) alone, on the provincial office's scores of a candidate. */
    public Decision decide() {
        List<String> failed = shortfalls();
        return failed.isEmpty()
                ? Decision.allow(RULE, RULE + ": objective strength " + plain(objectiveStrength)
                        + " and weighted total " + plain(weightedTotal) + " as the provincial office scored them")
                : Decision.refuse(RULE, failed);
    }

    /** A score as the office entered it: 60, not 60.0 or 60.00. */
    static String plain(BigDecimal score) {
        return score.stripTrailingZeros().toPlainString();
    }
}
