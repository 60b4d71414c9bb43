package cn.ipoffice.programmes.clusterareas.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.clusterareas.ExperimentalAreaConstructionProcess.Vars;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${grantDemonstrativeTitle}} behind {@code Task_RecordDemonstrativeTitle} (CA-17, CA-18): an
 * excellent check ends the construction (and an experimental-area title) and confers the demonstrative
 * title for 3 years from the check.
 */
@Component("grantDemonstrativeTitle")
class GrantDemonstrativeTitleDelegate implements JavaDelegate {

    private final Register register;

    GrantDemonstrativeTitleDelegate(Register register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String areaId = CaseFacts.holderId(execution);
        LocalDate checkedOn = CaseFacts.day(execution, Vars.CHECKED_ON);
        String reason = CaseFacts.text(execution, Vars.CHECK_OUTCOME_REASON);
        register.closeActive(areaId, Title.EXPERIMENTAL_AREA_CONSTRUCTION, DesignationStatus.COMPLETED, "CA-17", reason);
        register.closeActive(areaId, Title.EXPERIMENTAL_AREA, DesignationStatus.COMPLETED, "CA-17", reason);
        register.grant(areaId, Title.DEMONSTRATIVE_AREA, DeadlineCalendar.term(checkedOn, 3), 1, "CA-17",
                CaseFacts.stepKey("CA-17", execution, execution.getProcessInstanceId()), execution.getProcessInstanceId());
    }
}
