package cn.ipoffice.programmes.pilotcities.rules;

import cn.ipoffice.programmes.rules.Decision;
import cn.ipoffice.programmes.rules.SharedRank;
import cn.ipoffice.programmes.rules.TopShare;
import java.util.ArrayList;
import java.util.List;

/**
 * PM-5: the five conditions for applying as a pilot city. Each failed condition is reported with its
 * number; (v) is the previous year's enforcement evaluation within the top 50% of the province (I-7), read from
 * the figures SIPO recorded for that year, never from the applicant. Where SIPO has recorded no figure of the city
 * for that year, (v) is not met and the finding names the figure and the year: the applicant cannot show the
 * condition, which PM-6(iii) asks it to certify.
 */
public final class PilotConditions {

    public static final String RULE = "PM-5";

    /** What the applicant attests: conditions (i) to (iv). */
    public record Attested(boolean leadersGivePriority, boolean administrationIntermediateOrAbove,
            boolean patentQualityResults, boolean ipOperationResults) {
    }

    /**
     * PM-5(v): the city's place in its province by SIPO's enforcement evaluation of {@code year}; {@code place} is
     * null where SIPO has recorded no figure of the city for that year.
     */
    public record EnforcementPlace(String cityCode, int year, SharedRank place) {
    }

    private PilotConditions() {
    }

    public static Decision decide(Attested a, EnforcementPlace enforcement) {
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
        SharedRank place = enforcement.place();
        if (place == null) {
            failed.add("PM-5(v): SIPO has recorded no enforcement performance evaluation figure of " + enforcement.cityCode()
                    + " for " + enforcement.year() + ", the year before the application");
        } else if (!TopShare.within(place.rank(), place.ranked(), 50)) {
            failed.add("PM-5(v): the enforcement performance evaluation of " + enforcement.year() + " ranks the city "
                    + place.rank() + " of " + place.ranked() + " in the province, outside the top 50%");
        }
        return failed.isEmpty()
                ? Decision.allow(RULE, "PM-5: all five conditions are met (enforcement performance evaluation of "
                        + enforcement.year() + ": rank " + place.rank() + " of " + place.ranked() + " in the province)")
                : Decision.refuse(RULE, failed);
    }
}
