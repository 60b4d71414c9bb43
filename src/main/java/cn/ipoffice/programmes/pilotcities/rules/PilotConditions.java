package cn.ipoffice.programmes.pilotcities.rules;

import cn.ipoffice.programmes.rules.Decision;
import cn.ipoffice.programmes.rules.TopShare;
import java.util.ArrayList;
import java.util.List;

/**
 * PM-5: the five conditions for applying as a pilot city. Each failed condition is reported with its
 * number; (v) is the previous year's enforcement evaluation within the top 50% of the province (I-7).
 */
public final class PilotConditions {

    public static final String RULE = "PM-5";

    /** What the applicant attests (i)–(iv) and the rank it reports for (v). */
    public record Attested(boolean leadersGivePriority, boolean administrationIntermediateOrAbove,
            boolean patentQualityResults, boolean ipOperationResults, int enforcementRank, int citiesRanked) {
    }

    private PilotConditions() {
    }

    public static Decision decide(Attested a) {
        List<String> failed = new ArrayList<>();
        if (!a.leadersGivePriority()) {
            failed.add("PM-5(i): the city's leaders do not give IP work priority on their agenda");
        }
        if (!a.administrationIntermediateOrAbove()) {
            failed.add("PM-5(ii): IP administration is below the intermediate level of the province");
        }
        if (!a.patentQualityResults()) {
            failed.add("PM-5(iii): no patent quality improvement work with remarkable results");
        }
        if (!a.ipOperationResults()) {
            failed.add("PM-5(iv): no IP operation results in patent pledge financing, navigation or the like");
        }
        if (a.citiesRanked() < 1 || a.enforcementRank() < 1 || a.enforcementRank() > a.citiesRanked()) {
            failed.add("PM-5(v): the enforcement rank " + a.enforcementRank() + " of " + a.citiesRanked()
                    + " is not a valid rank");
        } else if (!TopShare.within(a.enforcementRank(), a.citiesRanked(), 50)) {
            failed.add("PM-5(v): the previous year's enforcement evaluation ranks " + a.enforcementRank() + " of "
                    + a.citiesRanked() + ", outside the top 50% of the province");
        }
        return failed.isEmpty()
                ? Decision.allow(RULE, "PM-5: all five conditions are met (enforcement rank " + a.enforcementRank()
                        + " of " + a.citiesRanked() + ")")
                : Decision.refuse(RULE, failed);
    }
}
