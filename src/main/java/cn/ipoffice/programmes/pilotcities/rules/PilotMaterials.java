package cn.ipoffice.programmes.pilotcities.rules;

import cn.ipoffice.programmes.rules.Decision;
import java.util.ArrayList;
import java.util.List;

/** PM-6(iii): the five materials the provincial office files; a missing one sends the filing back. */
public final class PilotMaterials {

    public static final String RULE = "PM-6";

    public record Filed(boolean recommendationLetter, boolean applicationLetter, boolean workPlan,
            boolean basicStatusTable, boolean certificationMaterials) {
    }

    private PilotMaterials() {
    }

    public static Decision decide(Filed f) {
        List<String> missing = new ArrayList<>();
        if (!f.recommendationLetter()) {
            missing.add("PM-6: the provincial office's recommendation letter is missing");
        }
        if (!f.applicationLetter()) {
            missing.add("PM-6: the city government's application letter is missing");
        }
        if (!f.workPlan()) {
            missing.add("PM-6: the work plan for the construction of the pilot city is missing");
        }
        if (!f.basicStatusTable()) {
            missing.add("PM-6: the table of the basic status of the city's IP work (Appendix 1) is missing");
        }
        if (!f.certificationMaterials()) {
            missing.add("PM-6: the certification materials for the PM-5 conditions are missing");
        }
        return missing.isEmpty() ? Decision.allow(RULE, "PM-6: all five materials are filed")
                : Decision.refuse(RULE, missing);
    }
}
