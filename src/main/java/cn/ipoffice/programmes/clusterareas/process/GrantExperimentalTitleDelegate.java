package cn.ipoffice.programmes.clusterareas.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.clusterareas.ExperimentalAreaConstructionProcess.Vars;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${grantExperimentalTitle}} behind {@code Task_RecordExperimentalTitle} (CA-17): a qualified
 * check ends the construction and confers the experimental-area title, which has no term of its own;
 * a later qualified check leaves the title as it is.
 */
@Component("grantExperimentalTitle")
class GrantExperimentalTitleDelegate implements JavaDelegate {

    private final Register register;

    GrantExperimentalTitleDelegate(Register register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String areaId = CaseFacts.holderId(execution);
        register.closeActive(areaId, Title.EXPERIMENTAL_AREA_CONSTRUCTION, DesignationStatus.COMPLETED, "CA-17",
                CaseFacts.text(execution, Vars.CHECK_OUTCOME_REASON));
        if (register.activeDesignation(areaId, Title.EXPERIMENTAL_AREA).isEmpty()) {
            register.grantOpenEnded(areaId, Title.EXPERIMENTAL_AREA, CaseFacts.day(execution, Vars.CHECKED_ON), 1, "CA-17",
                    CaseFacts.stepKey("CA-17", execution, execution.getProcessInstanceId()) + ":" + execution.getVariable(Vars.CHECKED_ON),
                    execution.getProcessInstanceId());
        }
    }
}
