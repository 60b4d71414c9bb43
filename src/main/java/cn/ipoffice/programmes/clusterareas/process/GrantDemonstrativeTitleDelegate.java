package cn.ipoffice.programmes.clusterareas.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.clusterareas.ExperimentalAreaConstructionProcess.Vars;
import cn.ipoffice.programmes.clusterareas.usecase.GrantDemonstrativeTitle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${grantDemonstrativeTitle}} behind {@code Task_RecordDemonstrativeTitle} (CA-17, CA-18): an excellent check
 * confers the demonstrative title.
 */
@Component("grantDemonstrativeTitle")
class GrantDemonstrativeTitleDelegate implements JavaDelegate {

    private final GrantDemonstrativeTitle grant;

    GrantDemonstrativeTitleDelegate(GrantDemonstrativeTitle grant) {
        this.grant = grant;
    }

    @Override
    public void execute(DelegateExecution execution) {
        grant.grant(CaseFacts.step(execution), Vars.CHECKED_ON.from(execution), Vars.CHECK_OUTCOME_REASON.from(execution));
    }
}
