package cn.ipoffice.programmes.clusterareas.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess.Apply;
import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess.Decide;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.deadlines.Term;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${grantExperimentalConstruction}} behind {@code Task_RecordConstruction} (CA-8, CA-9): enters
 * the area and its experimental-area construction for 3 years from the ratification date.
 */
@Component("grantExperimentalConstruction")
class GrantExperimentalConstructionDelegate implements JavaDelegate {

    private final Register register;

    GrantExperimentalConstructionDelegate(Register register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String areaId = CaseFacts.holderId(execution);
        Term term = DeadlineCalendar.term(CaseFacts.day(execution, Decide.RATIFICATION_DATE), 3);
        register.enterHolder(areaId, CaseFacts.text(execution, Apply.AREA_NAME),
                HolderKind.valueOf(CaseFacts.text(execution, Apply.ZONE_KIND)));
        register.grant(areaId, Title.EXPERIMENTAL_AREA_CONSTRUCTION, term, 1, "CA-9",
                CaseFacts.stepKey("CA-9", execution, execution.getProcessInstanceId()), execution.getProcessInstanceId());
        execution.setVariable(CaseVariables.ROUND, 1);
        execution.setVariable(CaseVariables.TERM_START, term.start().toString());
        execution.setVariable(CaseVariables.TERM_END, term.lastDay().toString());
    }
}
