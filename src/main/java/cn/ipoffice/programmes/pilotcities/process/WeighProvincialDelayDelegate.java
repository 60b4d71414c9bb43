package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import cn.ipoffice.programmes.pilotcities.rules.ProvincialDelay.Steps;
import cn.ipoffice.programmes.pilotcities.rules.ProvincialDelay.Weighing;
import cn.ipoffice.programmes.pilotcities.usecase.WeighProvincialDelay;
import java.time.LocalDate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${weighProvincialDelay}} behind {@code Task_WeighProvincialDelay} (I-9 on PM-17): when the plan window closes
 * without a plan, whether the province's acceptance or hand-over (PM-13) was late. A step was recorded when its task
 * was completed; the day (CST) is read from the case's history, as the annual report's submission is. Writes the
 * weighing and its dates for SIPO's form and the gateway after it.
 */
@Component("weighProvincialDelay")
class WeighProvincialDelayDelegate implements JavaDelegate {

    private final WeighProvincialDelay weigh;
    private final HistoryService historyService;

    WeighProvincialDelayDelegate(WeighProvincialDelay weigh, HistoryService historyService) {
        this.weigh = weigh;
        this.historyService = historyService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = execution.getProcessInstanceId();
        LocalDate acceptanceRecordedOn = recordedOn(caseId, PilotCityRoundProcess.TASK_HOLD_ACCEPTANCE);
        LocalDate handOverRecordedOn = recordedOn(caseId, PilotCityRoundProcess.TASK_HAND_OVER);
        Weighing weighing = weigh.weigh(new Steps(CaseVariables.TERM_END.from(execution),
                Vars.ACCEPTANCE_ENDED_ON.optionalFrom(execution).orElse(null), acceptanceRecordedOn,
                Vars.HANDED_OVER_ON.optionalFrom(execution).orElse(null), handOverRecordedOn));
        Vars.PROVINCE_STEP_LATE.set(execution, weighing.provinceLate());
        Vars.ACCEPTANCE_DUE_ON.set(execution, weighing.acceptanceDueOn());
        Vars.ACCEPTANCE_RECORDED_ON.set(execution, acceptanceRecordedOn);
        Vars.HAND_OVER_DUE_ON.set(execution, weighing.handOverDueOn());
        Vars.HAND_OVER_RECORDED_ON.set(execution, handOverRecordedOn);
        Vars.PLAN_WINDOW_ENDED_ON.set(execution, weighing.windowLastDay());
        Vars.PROVINCIAL_DELAY_FINDINGS.set(execution, weighing.findings());
    }

    /** The day (CST) the step's task was completed in this case; null where the case holds none (brought over). */
    private LocalDate recordedOn(String caseId, String taskKey) {
        return historyService.createHistoricTaskInstanceQuery().processInstanceId(caseId).taskDefinitionKey(taskKey)
                .finished().orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1).stream().findFirst()
                .map(task -> DeadlineCalendar.dayOf(task.getEndTime().toInstant())).orElse(null);
    }
}
