package cn.ipoffice.programmes.clusterareas.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.clusterareas.ExperimentalAreaConstructionProcess.Vars;
import cn.ipoffice.programmes.clusterareas.usecase.GrantExperimentalTitle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${grantExperimentalTitle}} behind {@code Task_RecordExperimentalTitle} (CA-17): a qualified check confers
 * the experimental-area title.
 */
@Component("grantExperimentalTitle")
class GrantExperimentalTitleDelegate implements JavaDelegate {

    private final GrantExperimentalTitle grant;

    GrantExperimentalTitleDelegate(GrantExperimentalTitle grant) {
        this.grant = grant;
    }

    @Override
    public void execute(DelegateExecution execution) {
        grant.grant(CaseFacts.step(execution), Vars.CHECKED_ON.from(execution), Vars.CHECK_OUTCOME_REASON.from(execution));
    }
}
