package cn.ipoffice.programmes.clusterareas.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.clusterareas.DemonstrativeAreaTermProcess.Vars;
import cn.ipoffice.programmes.clusterareas.usecase.RenewDemonstrativeTitle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${renewDemonstrativeTitle}} behind {@code Task_RenewDemonstrativeTitle} (CA-18): a qualified review keeps
 * the title for the next term.
 */
@Component("renewDemonstrativeTitle")
class RenewDemonstrativeTitleDelegate implements JavaDelegate {

    private final RenewDemonstrativeTitle renew;

    RenewDemonstrativeTitleDelegate(RenewDemonstrativeTitle renew) {
        this.renew = renew;
    }

    @Override
    public void execute(DelegateExecution execution) {
        renew.renew(CaseFacts.step(execution), CaseVariables.ROUND.from(execution),
                CaseVariables.TERM_END.from(execution), Vars.REVIEW_OUTCOME_REASON.from(execution));
    }
}
