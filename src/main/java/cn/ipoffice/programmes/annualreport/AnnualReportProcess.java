package cn.ipoffice.programmes.annualreport;

import cn.ipoffice.programmes.casework.CaseVariable;

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
    public static final String TIMER_ESCALATION_FOLLOW_UP = "Timer_OverdueReportFollowUp";
    public static final String END_SUBMITTED = "End_ReportSubmitted";
    public static final String TASK_REVIEW = "Task_ReviewAnnualReport";
    public static final String TASK_RECORD = "Task_RecordAnnualReport";
    public static final String END_REVIEWED = "End_ReportReviewed";

    /** Inputs from the calling term process. */
    public static final class In {
        public static final CaseVariable<String> HOLDER_ID = CaseVariable.text("holderId");
        public static final CaseVariable<String> HOLDER_NAME = CaseVariable.text("holderName");
        public static final CaseVariable<Integer> REPORT_YEAR = CaseVariable.integer("reportYear");
        public static final CaseVariable<String> SUPERVISOR_GROUP = CaseVariable.text("supervisorGroup");
        public static final CaseVariable<String> RULE_ID = CaseVariable.text("ruleId");
        /**
         * CA-15: the office the report goes to besides its reviewer, the area's provincial department. It reads the
         * report, SIPO's review and an overdue escalation (Tasklist's filter "Reports to my office"), and records
         * nothing; the escalation of a late report stays with the supervising group.
         */
        public static final CaseVariable<String> ALSO_REPORTED_TO = CaseVariable.text("alsoReportedTo");

        private In() {
        }
    }

    /** What the government and the reviewer enter. */
    public static final class Form {
        public static final CaseVariable<String> WORK_SUMMARY = CaseVariable.text("workSummary");
        public static final CaseVariable<String> CURRENT_YEAR_PLAN = CaseVariable.text("currentYearPlan");
        public static final CaseVariable<Boolean> REPORT_ACCEPTED = CaseVariable.flag("reportAccepted");
        public static final CaseVariable<String> REVIEW_REMARKS = CaseVariable.text("reviewRemarks");

        private Form() {
        }
    }

    private AnnualReportProcess() {
    }
}
