package cn.ipoffice.programmes.clusterareas.rules;

import cn.ipoffice.programmes.rules.Decision;
import java.util.ArrayList;
import java.util.List;

/** CA-7: the four materials; a missing one sends the application back. */
public final class ClusterMaterials {

    public static final String RULE = "CA-7";

    public record Filed(boolean recommendationLetter, boolean applicationForm, boolean initialWorkPlan,
            boolean commitmentLetter) {
    }

    private ClusterMaterials() {
    }

    public static Decision decide(Filed f) {
        List<String> missing = new ArrayList<>();
        if (!f.recommendationLetter()) {
            missing.add("CA-7: the provincial recommendation letter is missing");
        }
        if (!f.applicationForm()) {
            missing.add("CA-7: the application form is missing");
        }
        if (!f.initialWorkPlan()) {
            missing.add("CA-7: the initial work plan is missing");
        }
        if (!f.commitmentLetter()) {
            missing.add("CA-7: the commitment letter on truthfulness is missing");
        }
        return missing.isEmpty() ? Decision.allow(RULE, "CA-7: all four materials are filed") : Decision.refuse(RULE, missing);
    }
}
