package cn.ipoffice.programmes.casework;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.deadlines.Term;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * {@code ${startFollowUpCase}} behind {@code Task_StartPilotRound}, {@code Task_StartNextRound},
 * {@code Task_StartFostering}, {@code Task_StartNextFosteringRound} (PM-7, PM-15, PM-16),
 * {@code Task_StartConstruction}, {@code Task_StartDemonstrativeTerm} and
 * {@code Task_StartNextDemonstrativeTerm} (CA-9, CA-17, CA-18): starts the
 * next stage's case in the same transaction. Inputs: {@code followUpProcess}, {@code followUpRound},
 * {@code followUpTermStart} and {@code followUpWorkPlanOwed}.
 */
@Component("startFollowUpCase")
class StartFollowUpCaseDelegate implements JavaDelegate {

    private final RuntimeService runtimeService;

    StartFollowUpCaseDelegate(@Lazy RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Term term = DeadlineCalendar.term(CaseFacts.day(execution, "followUpTermStart"), 3);
        String holderId = CaseFacts.holderId(execution);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.HOLDER_ID, holderId);
        variables.put(CaseVariables.HOLDER_NAME, CaseFacts.text(execution, CaseVariables.HOLDER_NAME));
        variables.put(CaseVariables.SUPERVISOR_GROUP, CaseFacts.text(execution, CaseVariables.SUPERVISOR_GROUP));
        variables.put(CaseVariables.ROUND, CaseFacts.integer(execution, "followUpRound"));
        variables.put(CaseVariables.TERM_START, term.start().toString());
        variables.put(CaseVariables.TERM_END, term.lastDay().toString());
        variables.put(CaseVariables.WORK_PLAN_OWED, CaseFacts.flag(execution, "followUpWorkPlanOwed"));
        if (execution.hasVariable(CaseVariables.PROVINCE_GROUP)) {
            variables.put(CaseVariables.PROVINCE_GROUP, CaseFacts.text(execution, CaseVariables.PROVINCE_GROUP));
        }
        runtimeService.startProcessInstanceByKey(CaseFacts.text(execution, "followUpProcess"), holderId, variables);
    }
}
