package cn.ipoffice.programmes.clusterareas.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess.Apply;
import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess.Decide;
import cn.ipoffice.programmes.clusterareas.usecase.GrantExperimentalConstruction;
import cn.ipoffice.programmes.clusterareas.usecase.GrantExperimentalConstruction.Construction;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${grantExperimentalConstruction}} behind {@code Task_RecordConstruction} (CA-8, CA-9): enters the area and
 * its construction from the ratification date, and gives the case the construction's round and period.
 */
@Component("grantExperimentalConstruction")
class GrantExperimentalConstructionDelegate implements JavaDelegate {

    private final GrantExperimentalConstruction grant;

    GrantExperimentalConstructionDelegate(GrantExperimentalConstruction grant) {
        this.grant = grant;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Construction construction = grant.grant(CaseFacts.step(execution), Apply.AREA_NAME.from(execution),
                Apply.ZONE_KIND.from(execution), Decide.RATIFICATION_DATE.from(execution));
        CaseVariables.ROUND.set(execution, construction.round());
        CaseVariables.TERM_START.set(execution, construction.term().start());
        CaseVariables.TERM_END.set(execution, construction.term().lastDay());
    }
}
