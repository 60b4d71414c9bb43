package cn.ipoffice.programmes.clusterareas;

import cn.ipoffice.programmes.casework.CaseVariable;
import cn.ipoffice.programmes.clusterareas.rules.CheckOutcome;
import cn.ipoffice.programmes.clusterareas.rules.CheckResult;
import java.time.LocalDate;

/** The {@code demonstrative-area-term} process (CA-18, CA-15). */
public final class DemonstrativeAreaTermProcess {

    public static final String KEY = "demonstrative-area-term";
    public static final String RESOURCE = "demonstrative-area-term.bpmn";

    public static final String START = "Start_DemonstrativeTermBegins";
    public static final String TERM_YEARS = "SubProcess_DemonstrativeYears";
    public static final String TIMER_YEAR_BEGINS = "Timer_DemonstrativeYearBegins";
    public static final String TIMER_TERM_ENDS = "Timer_DemonstrativeTermEnds";
    public static final String TASK_REVIEW = "Task_ReviewDemonstrativeArea";
    public static final String TASK_APPLY_REVIEW = "Task_ApplyReviewResult";
    public static final String GATEWAY_REVIEW = "Gateway_ReviewOutcome";
    public static final String TASK_RENEW = "Task_RenewDemonstrativeTitle";
    public static final String TASK_START_NEXT_TERM = "Task_StartNextDemonstrativeTerm";
    public static final String END_RENEWED = "End_TitleRenewed";
    public static final String TASK_RECTIFY = "Task_RectifyDemonstrativeArea";
    public static final String TIMER_RECTIFICATION_DUE = "Timer_DemonstrativeRectificationDue";
    public static final String TASK_ESCALATE_RECTIFICATION = "Task_EscalateDemonstrativeRectification";
    public static final String TASK_CANCEL = "Task_CancelDemonstrativeTitle";
    public static final String END_CANCELLED = "End_TitleCancelled";

    public static final class Vars {
        public static final CaseVariable<CheckResult> REVIEW_RESULT = CaseVariable.choice("reviewResult", CheckResult.class);
        public static final CaseVariable<LocalDate> REVIEWED_ON = CaseVariable.day("reviewedOn");
        /** Entered with an unqualified result before any rectification (I-5); left blank otherwise. */
        public static final CaseVariable<LocalDate> RECTIFICATION_DEADLINE = CaseVariable.day("rectificationDeadline");
        /** Set by the rectification form: a review after it cancels the title if still unqualified. */
        public static final CaseVariable<Boolean> RECTIFIED = CaseVariable.flag("rectified");
        public static final CaseVariable<CheckOutcome> REVIEW_OUTCOME = CaseVariable.choice("reviewOutcome", CheckOutcome.class);
        public static final CaseVariable<String> REVIEW_OUTCOME_REASON = CaseVariable.text("reviewOutcomeReason");

        private Vars() {
        }
    }

    private DemonstrativeAreaTermProcess() {
    }
}
