package cn.ipoffice.programmes.benchmark;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The baseline of figure 1: a pilot round's wait states and timers (work plan with its deadline, three
 * years each with a 1 January timer, a report, its review and an assessment, the term's expiry, the
 * acceptance, the hand-over and the decision) with no-op delegates, no forms and no register.
 */
final class BaselineRound {

    static final String KEY = "benchmark-baseline-round";

    private BaselineRound() {
    }

    static BpmnModelInstance model() {
        String noOp = NoOpDelegate.class.getName();
        var builder = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_RecordWorkPlan").boundaryEvent("Timer_WorkPlanDue").cancelActivity(false)
                .timerWithDate("${workPlanDue}").serviceTask("Task_FlagWorkPlan").camundaClass(noOp).endEvent()
                .moveToActivity("Task_RecordWorkPlan");
        for (int year = 1; year <= 3; year++) {
            builder = builder.intermediateCatchEvent("Timer_Year" + year).timerWithDate("${year" + year + "}")
                    .userTask("Task_SubmitReport" + year)
                    .userTask("Task_ReviewReport" + year)
                    .serviceTask("Task_RecordReport" + year).camundaClass(noOp)
                    .userTask("Task_Assess" + year)
                    .serviceTask("Task_RecordAssessment" + year).camundaClass(noOp);
        }
        return builder.intermediateCatchEvent("Timer_TermExpires").timerWithDate("${termExpires}")
                .userTask("Task_HoldAcceptance")
                .userTask("Task_HandOver")
                .serviceTask("Task_ApplyBand").camundaClass(noOp)
                .serviceTask("Task_WithdrawTitle").camundaClass(noOp)
                .endEvent().done();
    }
}
