package cn.ipoffice.programmes.casework.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariable;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.casework.usecase.StartFollowUpCase;
import cn.ipoffice.programmes.casework.usecase.StartFollowUpCase.FollowUp;
import cn.ipoffice.programmes.register.Viewer;
import java.time.LocalDate;
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
 * {@code Task_StartModelTerm}, {@code Task_StartNextModelTerm} (PM-21, PM-29), {@code Task_StartConstruction},
 * {@code Task_StartDemonstrativeTerm} and {@code Task_StartNextDemonstrativeTerm} (CA-9, CA-17, CA-18): starts the
 * next stage's case in the same transaction, for the same holder and offices.
 */
@Component("startFollowUpCase")
class StartFollowUpCaseDelegate implements JavaDelegate {

    /** The inputs the diagrams give the task. */
    private static final CaseVariable<String> PROCESS = CaseVariable.text("followUpProcess");
    private static final CaseVariable<Integer> ROUND = CaseVariable.integer("followUpRound");
    private static final CaseVariable<LocalDate> TERM_START = CaseVariable.day("followUpTermStart");
    private static final CaseVariable<Boolean> WORK_PLAN_OWED = CaseVariable.flag("followUpWorkPlanOwed");
    /** Given where the next term renews a title (I-10): the decision its obligations count from. */
    private static final CaseVariable<LocalDate> OBLIGATIONS_FROM = CaseVariable.day("followUpObligationsFrom");

    private final StartFollowUpCase startFollowUpCase;
    private final RuntimeService runtimeService;

    StartFollowUpCaseDelegate(StartFollowUpCase startFollowUpCase, @Lazy RuntimeService runtimeService) {
        this.startFollowUpCase = startFollowUpCase;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FollowUp next = startFollowUpCase.next(PROCESS.from(execution), ROUND.from(execution),
                TERM_START.from(execution), WORK_PLAN_OWED.isTrue(execution));
        String holderId = CaseFacts.holderId(execution);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.HOLDER_ID.name(), holderId);
        variables.put(CaseVariables.HOLDER_NAME.name(), CaseVariables.HOLDER_NAME.from(execution));
        variables.put(CaseVariables.SUPERVISOR_GROUP.name(), CaseVariables.SUPERVISOR_GROUP.from(execution));
        // The holder's provincial office: the next term's province-side tasks (a model city's reexamination scores,
        // PM-19(ii), PM-28) go to it.
        variables.put(CaseVariables.PROVINCE_GROUP.name(), execution.hasVariable(CaseVariables.PROVINCE_GROUP.name())
                ? CaseVariables.PROVINCE_GROUP.from(execution) : Viewer.provinceGroupOf(holderId));
        variables.put(CaseVariables.ROUND.name(), next.round());
        variables.put(CaseVariables.TERM_START.name(), next.term().start().toString());
        variables.put(CaseVariables.TERM_END.name(), next.term().lastDay().toString());
        variables.put(CaseVariables.WORK_PLAN_OWED.name(), next.workPlanOwed());
        variables.put(CaseVariables.OBLIGATIONS_FROM.name(), CaseVariables.OBLIGATIONS_FROM.stored(
                OBLIGATIONS_FROM.optionalFrom(execution).orElse(next.term().start())));
        runtimeService.startProcessInstanceByKey(next.processKey(), holderId, variables);
    }
}
