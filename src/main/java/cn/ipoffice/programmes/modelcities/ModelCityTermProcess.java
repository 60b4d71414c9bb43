package cn.ipoffice.programmes.modelcities;

import cn.ipoffice.programmes.casework.CaseVariable;
import cn.ipoffice.programmes.modelcities.rules.ReexaminationDecision;
import java.time.LocalDate;

/** The {@code model-city-term} process (PM-21, PM-23, PM-26, PM-27, PM-28, PM-29). */
public final class ModelCityTermProcess {

    public static final String KEY = "model-city-term";
    public static final String RESOURCE = "model-city-term.bpmn";

    public static final String START = "Start_ModelTermBegins";
    public static final String TASK_RECORD_WORK_PLAN = "Task_RecordModelWorkPlan";
    public static final String TIMER_WORK_PLAN_DUE = "Timer_ModelWorkPlanDue";
    public static final String TASK_ESCALATE_WORK_PLAN = "Task_EscalateModelWorkPlan";
    public static final String TERM_YEARS = "SubProcess_ModelYears";
    public static final String TIMER_YEAR_BEGINS = "Timer_ModelYearBegins";
    /** Where each year of the term waits for SIPO's examination of the year before (PM-23), opened by its yearly round. */
    public static final String TASK_AWAIT_EXAMINATION = "Task_AwaitModelExamination";
    /** The message by which a recorded examination reaches the term ({@link ModelCityExaminationProcess}). */
    public static final String MESSAGE_EXAMINED = "model-city-examined";
    public static final String TIMER_TERM_EXPIRES = "Timer_ModelTermExpires";
    public static final String TASK_APPLY_REEXAMINATION = "Task_ApplyForReexamination";
    /** PM-19(ii), PM-28: the provincial office scores the applicant by the indicator system, as it scores a candidate. */
    public static final String TASK_SCORE_FOR_REEXAMINATION = "Task_ScoreForReexamination";
    public static final String TIMER_WINDOW_CLOSES = "Timer_ReexaminationWindowCloses";
    public static final String TASK_WITHDRAW_NO_APPLICATION = "Task_WithdrawForNoReexamination";
    public static final String END_WITHDRAWN_NO_APPLICATION = "End_WithdrawnNoReexamination";
    public static final String TASK_RECHECK = "Task_RecheckModelConditions";
    public static final String TASK_REEXAMINE = "Task_Reexamine";
    public static final String TASK_CHECK_DECISION = "Task_CheckReexaminationDecision";
    public static final String TASK_RENEW = "Task_RenewModelTitle";
    public static final String TASK_START_NEXT_TERM = "Task_StartNextModelTerm";
    public static final String END_KEPT = "End_ModelTitleKept";
    public static final String TASK_WITHDRAW = "Task_WithdrawModelTitle";
    public static final String END_WITHDRAWN = "End_ModelTitleWithdrawn";

    /** The year waited for at {@code Task_AwaitModelExamination}, and SIPO's reexamination on {@code Task_Reexamine}. */
    public static final class Vars {
        /** The year of the term's annual summary; the examination is of the year before it. */
        public static final CaseVariable<Integer> REPORT_YEAR = CaseVariable.integer("reportYear");
        /**
         * Local to {@code Task_AwaitModelExamination}: the year whose examination this wait is for. The diagram computes
         * it ({@code reportYear - 1}), and the engine's expressions compute whole numbers as {@code Long}: queries and
         * correlations compare with {@link #examinedYear(int)}.
         */
        public static final CaseVariable<Integer> EXAMINED_YEAR = CaseVariable.integer("examinedYear");

        /** The value {@link #EXAMINED_YEAR} holds for a year, as the engine compares it. */
        public static Object examinedYear(int year) {
            return (long) year;
        }
        public static final CaseVariable<ReexaminationDecision> REEXAMINATION_DECISION =
                CaseVariable.choice("reexaminationDecision", ReexaminationDecision.class);
        public static final CaseVariable<LocalDate> REEXAMINED_ON = CaseVariable.day("reexaminedOn");

        private Vars() {
        }
    }

    private ModelCityTermProcess() {
    }
}
