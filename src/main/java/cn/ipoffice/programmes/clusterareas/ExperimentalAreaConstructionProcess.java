package cn.ipoffice.programmes.clusterareas;

import cn.ipoffice.programmes.casework.CaseVariable;
import cn.ipoffice.programmes.clusterareas.rules.CheckOutcome;
import cn.ipoffice.programmes.clusterareas.rules.CheckResult;
import java.time.LocalDate;

/** The {@code experimental-area-construction} process (CA-9, CA-10, CA-14, CA-15, CA-16, CA-17). */
public final class ExperimentalAreaConstructionProcess {

    public static final String KEY = "experimental-area-construction";
    public static final String RESOURCE = "experimental-area-construction.bpmn";

    public static final String START = "Start_ConstructionBegins";
    public static final String TASK_SUBMIT_PLAN = "Task_SubmitConstructionPlan";
    public static final String TIMER_PLAN_DUE = "Timer_ConstructionPlanDue";
    public static final String TASK_FLAG_PLAN_OVERDUE = "Task_FlagConstructionPlanOverdue";
    public static final String TASK_ESCALATE_PLAN = "Task_EscalateConstructionPlan";
    public static final String CONSTRUCTION_YEARS = "SubProcess_ConstructionYears";
    public static final String TIMER_YEAR_BEGINS = "Timer_ConstructionYearBegins";
    public static final String CALL_ANNUAL_REPORT = "Call_ConstructionAnnualReport";
    public static final String TASK_PROPOSE_AMENDMENT = "Task_ProposePlanAmendment";
    public static final String TIMER_AMENDMENTS_CLOSE = "Timer_AmendmentsClose";
    public static final String TASK_DECIDE_AMENDMENT = "Task_DecidePlanAmendment";
    public static final String TIMER_PERIOD_ENDS = "Timer_ConstructionPeriodEnds";
    public static final String TASK_CHECK = "Task_CheckAndAccept";
    public static final String TASK_APPLY_CHECK = "Task_ApplyCheckResult";
    public static final String GATEWAY_CHECK = "Gateway_CheckOutcome";
    public static final String TASK_RECORD_DEMONSTRATIVE = "Task_RecordDemonstrativeTitle";
    public static final String TASK_START_DEMONSTRATIVE = "Task_StartDemonstrativeTerm";
    public static final String END_DEMONSTRATIVE = "End_DemonstrativeArea";
    public static final String TASK_RECORD_EXPERIMENTAL = "Task_RecordExperimentalTitle";
    public static final String TASK_REQUEST_ANOTHER_CHECK = "Task_RequestAnotherCheck";
    public static final String TASK_RECTIFY = "Task_RectifyArea";
    public static final String TIMER_RECTIFICATION_DUE = "Timer_RectificationDue";
    public static final String TASK_ESCALATE_RECTIFICATION = "Task_EscalateRectification";

    public static final class Vars {
        public static final CaseVariable<CheckResult> CHECK_RESULT = CaseVariable.choice("checkResult", CheckResult.class);
        public static final CaseVariable<LocalDate> CHECKED_ON = CaseVariable.day("checkedOn");
        /** Entered with an unqualified result (I-5); left blank otherwise. */
        public static final CaseVariable<LocalDate> RECTIFICATION_DEADLINE = CaseVariable.day("rectificationDeadline");
        public static final CaseVariable<CheckOutcome> CHECK_OUTCOME = CaseVariable.choice("checkOutcome", CheckOutcome.class);
        public static final CaseVariable<String> CHECK_OUTCOME_REASON = CaseVariable.text("checkOutcomeReason");
        public static final CaseVariable<Boolean> RECTIFIED = CaseVariable.flag("rectified");

        private Vars() {
        }
    }

    private ExperimentalAreaConstructionProcess() {
    }
}
