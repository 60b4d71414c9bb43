package cn.ipoffice.programmes.calls.process;

import cn.ipoffice.programmes.calls.YearlyCallProcess.Batch;
import cn.ipoffice.programmes.calls.YearlyCallProcess.Decide;
import cn.ipoffice.programmes.calls.YearlyCallProcess.Open;
import cn.ipoffice.programmes.casework.CaseVariable;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.register.CallApplication;
import cn.ipoffice.programmes.register.YearlyCalls;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * {@code ${presentCallApplication}} at the start of each instance of {@code Task_DecideApplication} (PM-7, PM-20,
 * CA-8): the batch's n-th application (its {@code loopCounter}) with what its case shows SIPO (the programme's
 * {@link Decide#SHOWN_FROM_THE_CASE}: themes, work plan, eligibility findings, the province's ranking or
 * verification), kept local to the instance with SIPO's decision on it.
 */
@Component("presentCallApplication")
class PresentCallApplicationListener implements ExecutionListener {

    private static final CaseVariable<Integer> LOOP_COUNTER = CaseVariable.integer("loopCounter");
    private static final List<CaseVariable<String>> SHOWN = List.of(Decide.FEATURED_THEMES,
            Decide.WORK_PLAN_REFERENCE, Decide.ELIGIBILITY_FINDINGS, Decide.PROVINCE_ASSESSMENT);

    private final YearlyCalls calls;
    private final RuntimeService runtimeService;

    PresentCallApplicationListener(YearlyCalls calls, @Lazy RuntimeService runtimeService) {
        this.calls = calls;
        this.runtimeService = runtimeService;
    }

    @Override
    public void notify(DelegateExecution execution) {
        CallApplication application = calls.batchOf(Batch.CALL_ID.from(execution)).get(LOOP_COUNTER.from(execution));
        // A case ended since the call took it (a PM-31 disqualification) shows nothing more; the list does not continue it.
        boolean running = runtimeService.createProcessInstanceQuery()
                .processInstanceId(application.getApplicationCaseId()).count() > 0;
        Map<String, CaseVariable<String>> fromTheCase = Decide.SHOWN_FROM_THE_CASE.get(Open.PROGRAMME.from(execution));
        Map<String, Object> shown = new HashMap<>();
        if (running) {
            runtimeService.getVariables(application.getApplicationCaseId(), fromTheCase.keySet())
                    .forEach((name, value) -> shown.put(fromTheCase.get(name).name(), value));
        } else {
            shown.put(Decide.ELIGIBILITY_FINDINGS.name(), "The application's case has ended since the call took it");
        }
        execution.setVariableLocal(Decide.APPLICATION_CASE_ID.name(), application.getApplicationCaseId());
        execution.setVariableLocal(Decide.APPLICANT_CODE.name(), application.getHolderId());
        execution.setVariableLocal(Decide.APPLICANT_NAME.name(), application.getHolderName());
        execution.setVariableLocal(Decide.FILED_ON.name(),
                Decide.FILED_ON.stored(DeadlineCalendar.dayOf(application.getFiledAt())));
        SHOWN.forEach(variable -> execution.setVariableLocal(variable.name(), shown.get(variable.name())));
        execution.setVariableLocal(Decide.CENTRAL_DECISION.name(), null);
        execution.setVariableLocal(Decide.REJECTION_REASON.name(), null);
    }
}
