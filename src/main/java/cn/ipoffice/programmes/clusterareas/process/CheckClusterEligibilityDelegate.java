package cn.ipoffice.programmes.clusterareas.process;

import cn.ipoffice.programmes.casework.CaseAdmission;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess.Apply;
import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess.Decide;
import cn.ipoffice.programmes.clusterareas.rules.IpKind;
import cn.ipoffice.programmes.clusterareas.usecase.CheckClusterEligibility;
import cn.ipoffice.programmes.clusterareas.usecase.CheckClusterEligibility.Application;
import cn.ipoffice.programmes.clusterareas.usecase.CheckClusterEligibility.Outcome;
import cn.ipoffice.programmes.register.Viewer;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${checkClusterEligibility}} behind {@code Task_CheckClusterEligibility} (CA-5, CA-6): admits the case for
 * the area, supervised by SIPO, then writes {@code eligible} with the findings the provincial department reads.
 */
@Component("checkClusterEligibility")
class CheckClusterEligibilityDelegate implements JavaDelegate {

    private final CheckClusterEligibility check;
    private final CaseAdmission admission;

    CheckClusterEligibilityDelegate(CheckClusterEligibility check, CaseAdmission admission) {
        this.check = check;
        this.admission = admission;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String areaId = Apply.AREA_ID.from(execution);
        admission.admitApplicant(execution, areaId, Apply.AREA_NAME.from(execution), Viewer.SIPO);
        CaseVariables.PROVINCE_GROUP.set(execution, Viewer.provinceGroupOf(areaId));
        Outcome outcome = check.check(new Application(Apply.ZONE_KIND.from(execution),
                Apply.GOVERNMENT_COMMITMENT.isTrue(execution), Apply.INDUSTRIAL_ADVANTAGES.isTrue(execution),
                Apply.AGENCY_COUNT.from(execution), served(execution)));
        Decide.ELIGIBLE.set(execution, outcome.eligible());
        Decide.ELIGIBILITY_FINDINGS.set(execution, outcome.findings());
    }

    private static Set<IpKind> served(DelegateExecution execution) {
        Set<IpKind> served = EnumSet.noneOf(IpKind.class);
        Apply.SERVES.forEach((kind, ticked) -> {
            if (ticked.isTrue(execution)) {
                served.add(kind);
            }
        });
        return served;
    }
}
