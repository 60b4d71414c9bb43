package cn.ipoffice.programmes.clusterareas.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.clusterareas.DemonstrativeAreaTermProcess.Vars;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${renewDemonstrativeTitle}} behind {@code Task_RenewDemonstrativeTitle} (CA-18): a qualified
 * review keeps the title for a new 3-year term from the day after the old one ended.
 */
@Component("renewDemonstrativeTitle")
class RenewDemonstrativeTitleDelegate implements JavaDelegate {

    private final Register register;

    RenewDemonstrativeTitleDelegate(Register register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String areaId = CaseFacts.holderId(execution);
        int next = CaseFacts.integer(execution, CaseVariables.ROUND) + 1;
        register.closeActive(areaId, Title.DEMONSTRATIVE_AREA, DesignationStatus.COMPLETED, "CA-18",
                CaseFacts.text(execution, Vars.REVIEW_OUTCOME_REASON));
        register.grant(areaId, Title.DEMONSTRATIVE_AREA,
                DeadlineCalendar.term(CaseFacts.day(execution, CaseVariables.TERM_END).plusDays(1), 3), next, "CA-18",
                CaseFacts.stepKey("CA-18", execution, execution.getProcessInstanceId()), execution.getProcessInstanceId());
    }
}
