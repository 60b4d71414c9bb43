package cn.ipoffice.programmes.annualreport;

/**
 * The {@code annual-report} process (CA-15, PM-12, PM-26): its key, the elements code and tests
 * touch, and its variables. Called by every term process once for each 31 January of the term.
 */
public final class AnnualReportProcess {

    public static final String KEY = "annual-report";
    public static final String RESOURCE = "annual-report.bpmn";

    public static final String START = "Start_ReportOwed";
    public static final String OBLIGATION = "SubProcess_ReportObligation";
    public static final String TASK_SUBMIT = "Task_SubmitAnnualReport";
    public static final String TIMER_DUE = "Timer_ReportDue";
    public static final String TASK_FLAG_OVERDUE = "Task_FlagReportOverdue";
    public static final String TASK_ESCALATE = "Task_EscalateOverdueReport";
    public static final String END_ESCALATION_HANDLED = "End_EscalationHandled";
    public static final String END_SUBMITTED = "End_ReportSubmitted";
    public static final String TASK_REVIEW = "Task_ReviewAnnualReport";
    public static final String TASK_RECORD = "Task_RecordAnnualReport";
    public static final String END_REVIEWED = "End_ReportReviewed";

    /** Inputs from the calling term process. */
    public static final class In {
        public static final String HOLDER_ID = "holderId";
        public static final String HOLDER_NAME = "holderName";
        public static final String REPORT_YEAR = "reportYear";
        public static final String SUPERVISOR_GROUP = "supervisorGroup";
        public static final String RULE_ID = "ruleId";

        private In() {
        }
    }

    /** What the government and the reviewer enter. */
    public static final class Form {
        public static final String WORK_SUMMARY = "workSummary";
        public static final String CURRENT_YEAR_PLAN = "currentYearPlan";
        public static final String REPORT_ACCEPTED = "reportAccepted";
        public static final String REVIEW_REMARKS = "reviewRemarks";
        public static final String ESCALATION_ACTION = "escalationAction";

        private Form() {
        }
    }

    private AnnualReportProcess() {
    }
}
