package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.deadlines.Term;
import cn.ipoffice.programmes.pilotcities.CaseVariables;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * {@code ${startFollowUpCase}} behind {@code Task_StartPilotRound}, {@code Task_StartNextRound},
 * {@code Task_StartFostering} and {@code Task_StartNextFosteringRound} (PM-7, PM-15, PM-16): starts the
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
        runtimeService.startProcessInstanceByKey(CaseFacts.text(execution, "followUpProcess"), holderId, Map.of(
                CaseVariables.HOLDER_ID, holderId,
                CaseVariables.HOLDER_NAME, CaseFacts.text(execution, CaseVariables.HOLDER_NAME),
                CaseVariables.SUPERVISOR_GROUP, CaseFacts.text(execution, CaseVariables.SUPERVISOR_GROUP),
                CaseVariables.ROUND, CaseFacts.integer(execution, "followUpRound"),
                CaseVariables.TERM_START, term.start().toString(),
                CaseVariables.TERM_END, term.lastDay().toString(),
                CaseVariables.WORK_PLAN_OWED, CaseFacts.flag(execution, "followUpWorkPlanOwed")));
    }
}
