package cn.ipoffice.programmes.pilotcities;

import cn.ipoffice.programmes.casework.CaseVariable;
import cn.ipoffice.programmes.pilotcities.rules.AcceptanceBand;
import cn.ipoffice.programmes.pilotcities.rules.NextStage;
import cn.ipoffice.programmes.pilotcities.rules.PlanWindowDecision;
import cn.ipoffice.programmes.register.AssessmentCategory;
import cn.ipoffice.programmes.register.Grade;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The {@code pilot-city-round} process (PM-8, PM-9, PM-12, PM-13, PM-14, PM-16, PM-17, I-9). */
public final class PilotCityRoundProcess {

    public static final String KEY = "pilot-city-round";
    public static final String RESOURCE = "pilot-city-round.bpmn";

    public static final String START = "Start_PilotRoundBegins";
    public static final String GATEWAY_WORK_PLAN_OWED = "Gateway_WorkPlanOwed";
    public static final String TASK_RECORD_WORK_PLAN = "Task_RecordWorkPlan";
    public static final String TIMER_WORK_PLAN_DUE = "Timer_WorkPlanDue";
    public static final String TASK_FLAG_WORK_PLAN_OVERDUE = "Task_FlagWorkPlanOverdue";
    public static final String TASK_ESCALATE_WORK_PLAN = "Task_EscalateWorkPlan";
    public static final String TERM_YEARS = "SubProcess_TermYears";
    public static final String TIMER_YEAR_BEGINS = "Timer_YearBegins";
    public static final String CALL_ANNUAL_REPORT = "Call_AnnualReport";
    /** PM-9: the province's round recorded a year of the city; the case shows it (a non-interrupting event). */
    public static final String ASSESSMENT_RECORDED = "SubProcess_AssessmentRecorded";
    public static final String START_ASSESSMENT_RECORDED = "Start_AssessmentRecorded";
    public static final String END_ASSESSMENT_ON_RECORD = "End_AssessmentOnRecord";
    /** The message the assessment round correlates, by the city's business key, to its running round or cycle. */
    public static final String MESSAGE_ASSESSMENT_RECORDED = "pm9-assessment-recorded";
    public static final String TIMER_TERM_EXPIRES = "Timer_TermExpires";
    public static final String TASK_HOLD_ACCEPTANCE = "Task_HoldAcceptance";
    public static final String TIMER_ACCEPTANCE_DUE = "Timer_AcceptanceDue";
    public static final String TASK_ESCALATE_ACCEPTANCE = "Task_EscalateAcceptance";
    public static final String TASK_HAND_OVER = "Task_HandOverToSipo";
    public static final String TIMER_HAND_OVER_DUE = "Timer_HandOverDue";
    public static final String TASK_ESCALATE_HAND_OVER = "Task_EscalateHandOver";
    public static final String TASK_APPLY_BAND = "Task_ApplyAcceptanceBand";
    public static final String GATEWAY_BAND = "Gateway_AcceptanceBand";
    public static final String TASK_WITHDRAW_TITLE = "Task_WithdrawPilotTitle";
    public static final String END_TITLE_WITHDRAWN = "End_TitleWithdrawn";
    public static final String TASK_RECORD_NEXT_STAGE = "Task_RecordNextStagePlan";
    public static final String TIMER_WINDOW_CLOSES = "Timer_NextStageWindowCloses";
    public static final String TASK_WEIGH_PROVINCIAL_DELAY = "Task_WeighProvincialDelay";
    public static final String GATEWAY_PROVINCE_LATE = "Gateway_ProvinceLate";
    public static final String TASK_WITHDRAW_NO_PLAN = "Task_WithdrawForNoPlan";
    public static final String END_WITHDRAWN_NO_PLAN = "End_WithdrawnNoPlan";
    public static final String TASK_DECIDE_PLAN_WINDOW = "Task_DecidePlanWindow";
    public static final String GATEWAY_PLAN_WINDOW_DECISION = "Gateway_PlanWindowDecision";
    public static final String TASK_WITHDRAW_ON_DECISION = "Task_WithdrawOnSipoDecision";
    public static final String END_WITHDRAWN_ON_DECISION = "End_WithdrawnOnSipoDecision";
    public static final String TASK_RECORD_PLAN_IN_FRESH_WINDOW = "Task_RecordPlanInFreshWindow";
    public static final String TIMER_FRESH_WINDOW_CLOSES = "Timer_FreshWindowCloses";
    public static final String TASK_WITHDRAW_AFTER_FRESH_WINDOW = "Task_WithdrawAfterFreshWindow";
    public static final String END_WITHDRAWN_AFTER_FRESH_WINDOW = "End_WithdrawnAfterFreshWindow";
    public static final String TASK_CHECK_NEXT_STAGE = "Task_CheckNextStagePlan";
    public static final String GATEWAY_NEXT_STAGE = "Gateway_NextStage";
    public static final String TASK_ENTER_NEW_ROUND = "Task_EnterNewPilotRound";
    public static final String TASK_START_NEXT_ROUND = "Task_StartNextRound";
    public static final String END_NEW_ROUND = "End_NewRoundEntered";
    public static final String TASK_ENTER_FOSTERING = "Task_EnterFostering";
    public static final String TASK_START_FOSTERING = "Task_StartFostering";
    public static final String END_FOSTERING = "End_FosteringEntered";

    /** What the forms and delegates record. */
    public static final class Vars {
        public static final CaseVariable<LocalDate> PLAN_ISSUED_ON = CaseVariable.day("planIssuedOn");
        public static final CaseVariable<Boolean> MECHANISM_ESTABLISHED = CaseVariable.flag("mechanismEstablished");
        public static final CaseVariable<String> PLAN_REFERENCE = CaseVariable.text("planReference");
        public static final CaseVariable<Integer> REPORT_YEAR = CaseVariable.integer("reportYear");
        /**
         * PM-9: what the province's round recorded of a year, local to the {@code Assessment recorded} event that
         * shows it on the city's case: the year, grade, score, category, rank and the number ranked.
         */
        public static final CaseVariable<Integer> ASSESSED_YEAR = CaseVariable.integer("assessedYear");
        public static final CaseVariable<BigDecimal> ASSESSMENT_SCORE = CaseVariable.decimal("assessmentScore");
        public static final CaseVariable<Grade> ASSESSMENT_GRADE = CaseVariable.choice("assessmentGrade", Grade.class);
        public static final CaseVariable<AssessmentCategory> ASSESSMENT_CATEGORY =
                CaseVariable.choice("assessmentCategory", AssessmentCategory.class);
        public static final CaseVariable<Integer> ASSESSMENT_RANK = CaseVariable.integer("assessmentRank");
        public static final CaseVariable<Integer> CATEGORY_SIZE = CaseVariable.integer("categorySize");
        public static final CaseVariable<BigDecimal> ACCEPTANCE_SCORE = CaseVariable.decimal("acceptanceScore");
        public static final CaseVariable<LocalDate> ACCEPTANCE_ENDED_ON = CaseVariable.day("acceptanceEndedOn");
        public static final CaseVariable<LocalDate> HANDED_OVER_ON = CaseVariable.day("handedOverOn");
        public static final CaseVariable<AcceptanceBand> ACCEPTANCE_BAND =
                CaseVariable.choice("acceptanceBand", AcceptanceBand.class);
        public static final CaseVariable<String> ACCEPTANCE_BAND_REASON = CaseVariable.text("acceptanceBandReason");
        public static final CaseVariable<NextStage> NEXT_STAGE = CaseVariable.choice("nextStage", NextStage.class);
        public static final CaseVariable<LocalDate> NEXT_STAGE_PLAN_ISSUED_ON =
                CaseVariable.day("nextStagePlanIssuedOn");

        /** I-9: what {@code Task_WeighProvincialDelay} finds when the plan window closes, for SIPO's form. */
        public static final CaseVariable<Boolean> PROVINCE_STEP_LATE = CaseVariable.flag("provinceStepLate");
        public static final CaseVariable<LocalDate> ACCEPTANCE_DUE_ON = CaseVariable.day("acceptanceDueOn");
        public static final CaseVariable<LocalDate> ACCEPTANCE_RECORDED_ON = CaseVariable.day("acceptanceRecordedOn");
        public static final CaseVariable<LocalDate> HAND_OVER_DUE_ON = CaseVariable.day("handOverDueOn");
        public static final CaseVariable<LocalDate> HAND_OVER_RECORDED_ON = CaseVariable.day("handOverRecordedOn");
        public static final CaseVariable<LocalDate> PLAN_WINDOW_ENDED_ON = CaseVariable.day("planWindowEndedOn");
        public static final CaseVariable<String> PROVINCIAL_DELAY_FINDINGS = CaseVariable.text("provincialDelayFindings");

        /** I-9: SIPO's decision on {@code Task_DecidePlanWindow}, dated the day it is recorded. */
        public static final CaseVariable<PlanWindowDecision> PLAN_WINDOW_DECISION =
                CaseVariable.choice("planWindowDecision", PlanWindowDecision.class);
        public static final CaseVariable<LocalDate> PLAN_WINDOW_DECIDED_ON = CaseVariable.day("planWindowDecidedOn");

        private Vars() {
        }
    }

    private PilotCityRoundProcess() {
    }
}
