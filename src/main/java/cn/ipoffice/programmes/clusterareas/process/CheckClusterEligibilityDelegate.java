package cn.ipoffice.programmes.clusterareas.process;

import cn.ipoffice.programmes.casework.CaseAdmission;
import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess.Apply;
import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess.Decide;
import cn.ipoffice.programmes.clusterareas.rules.ClusterApplicantKind;
import cn.ipoffice.programmes.clusterareas.rules.ClusterRequirements;
import cn.ipoffice.programmes.clusterareas.rules.IpKind;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.rules.Decision;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${checkClusterEligibility}} behind {@code Task_CheckClusterEligibility} (CA-5, CA-6): names the
 * case after the area and writes {@code eligible} with the findings the provincial department reads,
 * among them the kinds of IP no agency serves.
 */
@Component("checkClusterEligibility")
class CheckClusterEligibilityDelegate implements JavaDelegate {

    private final CaseAdmission admission;

    CheckClusterEligibilityDelegate(CaseAdmission admission) {
        this.admission = admission;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String areaId = CaseFacts.text(execution, Apply.AREA_ID);
        execution.setProcessBusinessKey(areaId);
        execution.setVariable(CaseVariables.HOLDER_ID, areaId);
        execution.setVariable(CaseVariables.HOLDER_NAME, CaseFacts.text(execution, Apply.AREA_NAME));
        execution.setVariable(CaseVariables.SUPERVISOR_GROUP, "sipo");
        admission.admit(execution);
        execution.setVariable(CaseVariables.PROVINCE_GROUP, "province-" + Holder.provinceOf(areaId));

        Decision kind = ClusterApplicantKind.decide(HolderKind.valueOf(CaseFacts.text(execution, Apply.ZONE_KIND)));
        ClusterRequirements.Result requirements = ClusterRequirements.decide(new ClusterRequirements.Attested(
                CaseFacts.flag(execution, Apply.GOVERNMENT_COMMITMENT),
                CaseFacts.flag(execution, Apply.INDUSTRIAL_ADVANTAGES),
                CaseFacts.integer(execution, Apply.AGENCY_COUNT),
                served(execution)));
        List<String> lines = new ArrayList<>();
        for (Decision decision : List.of(kind, requirements.decision())) {
            decision.reasons().forEach(r -> lines.add((decision.allowed() ? "Met - " : "NOT MET - ") + r));
        }
        lines.addAll(requirements.findings());
        execution.setVariable(Decide.ELIGIBLE, kind.allowed() && requirements.decision().allowed());
        execution.setVariable(Decide.ELIGIBILITY_FINDINGS, String.join("\n", lines));
    }

    /** The kinds of IP ticked on the form: {@code servesPatent}, {@code servesTrademark}, … */
    private static Set<IpKind> served(DelegateExecution execution) {
        Set<IpKind> served = EnumSet.noneOf(IpKind.class);
        for (IpKind kind : IpKind.values()) {
            if (CaseFacts.flag(execution, servesVariable(kind))) {
                served.add(kind);
            }
        }
        return served;
    }

    static String servesVariable(IpKind kind) {
        StringBuilder name = new StringBuilder(Apply.SERVES_PREFIX);
        for (String part : kind.name().toLowerCase().split("_")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }
}
