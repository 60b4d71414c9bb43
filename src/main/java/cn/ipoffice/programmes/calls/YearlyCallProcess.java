package cn.ipoffice.programmes.calls;

import cn.ipoffice.programmes.casework.CaseVariable;
import cn.ipoffice.programmes.register.CallProgramme;
import java.time.LocalDate;
import java.util.Map;

/**
 * The {@code yearly-call} process (PM-7, PM-20, CA-8, I-14): SIPO's call for a programme and a year, its batch and its
 * list.
 */
public final class YearlyCallProcess {

    public static final String KEY = "yearly-call";
    public static final String RESOURCE = "yearly-call.bpmn";

    public static final String START = "Start_CallOpened";
    public static final String TASK_OPEN = "Task_OpenCall";
    public static final String TIMER_CLOSES = "Timer_CallCloses";
    public static final String TASK_TAKE_BATCH = "Task_TakeFiledApplications";
    public static final String GATEWAY_ANY_FILED = "Gateway_AnyFiled";
    public static final String END_NOTHING_FILED = "End_NothingFiled";
    public static final String TASK_DECIDE = "Task_DecideApplication";
    public static final String TASK_APPROVE_LIST = "Task_ApproveList";
    public static final String TASK_PUBLISH = "Task_PublishList";
    public static final String END_PUBLISHED = "End_ListPublished";

    /** SIPO's answers on {@link #TASK_DECIDE}, in {@link Decide#CENTRAL_DECISION}, as the application reads them. */
    public static final String APPROVE = "APPROVE";
    public static final String REJECT = "REJECT";

    /** The start form: which programme, which year, until when provinces file, and an optional quota. */
    public static final class Open {
        public static final CaseVariable<CallProgramme> PROGRAMME = CaseVariable.choice("programme", CallProgramme.class);
        public static final CaseVariable<Integer> YEAR = CaseVariable.integer("callYear");
        public static final CaseVariable<LocalDate> CLOSING_DATE = CaseVariable.day("closingDate");
        public static final CaseVariable<Integer> QUOTA_PER_PROVINCE = CaseVariable.integer("quotaPerProvince");

        private Open() {
        }
    }

    /** What the call records as it runs. */
    public static final class Batch {
        /** The call's id in the register. */
        public static final CaseVariable<Integer> CALL_ID = CaseVariable.integer("callId");
        /** The list in words, for the tasks' names: "pilot cities". */
        public static final CaseVariable<String> LIST_NAME = CaseVariable.text("listName");
        /** The article of the yearly decision, for the tasks' names: PM-7, PM-20 or CA-8. */
        public static final CaseVariable<String> RULE_ID = CaseVariable.text("callRule");
        public static final CaseVariable<Integer> APPLICATION_COUNT = CaseVariable.integer("applicationCount");
        /** The decisions so far, one line per application, which the list's approval shows. */
        public static final CaseVariable<String> LIST_SUMMARY = CaseVariable.text("listSummary");

        private Batch() {
        }
    }

    /** One application of the batch, shown on {@link #TASK_DECIDE} (local to its instance), and SIPO's decision. */
    public static final class Decide {
        public static final CaseVariable<String> APPLICATION_CASE_ID = CaseVariable.text("applicationCaseId");
        public static final CaseVariable<String> APPLICANT_CODE = CaseVariable.text("applicantCode");
        public static final CaseVariable<String> APPLICANT_NAME = CaseVariable.text("applicantName");
        public static final CaseVariable<LocalDate> FILED_ON = CaseVariable.day("filedWithSipoOn");
        /** Read from the application's case: what the old per-application assessment showed. */
        public static final CaseVariable<String> FEATURED_THEMES = CaseVariable.text("featuredThemes");
        public static final CaseVariable<String> WORK_PLAN_REFERENCE = CaseVariable.text("workPlanReference");
        public static final CaseVariable<String> ELIGIBILITY_FINDINGS = CaseVariable.text("eligibilityFindings");
        /** The province's part: a model-city candidate's ranking (PM-19), a cluster area's verification (CA-7). */
        public static final CaseVariable<String> PROVINCE_ASSESSMENT = CaseVariable.text("provinceAssessment");
        public static final CaseVariable<String> CENTRAL_DECISION = CaseVariable.text("centralDecision");
        public static final CaseVariable<String> REJECTION_REASON = CaseVariable.text("rejectionReason");

        /**
         * What the decision shows of each programme's application, by the variable of the application's case it is
         * read from: a pilot city's themes, work plan and eligibility findings (PM-5, PM-6); a model-city candidate's
         * findings on PM-18 and its province's ranking (PM-19); a cluster area's initial work plan, eligibility
         * findings and provincial verification (CA-5, CA-6, CA-7).
         */
        public static final Map<CallProgramme, Map<String, CaseVariable<String>>> SHOWN_FROM_THE_CASE = Map.of(
                CallProgramme.PILOT_CITY, Map.of("featuredThemes", FEATURED_THEMES,
                        "workPlanReference", WORK_PLAN_REFERENCE, "eligibilityFindings", ELIGIBILITY_FINDINGS),
                CallProgramme.MODEL_CITY, Map.of("conditionsFindings", ELIGIBILITY_FINDINGS,
                        "candidateRanking", PROVINCE_ASSESSMENT),
                CallProgramme.CLUSTER_AREA, Map.of("initialWorkPlanReference", WORK_PLAN_REFERENCE,
                        "eligibilityFindings", ELIGIBILITY_FINDINGS, "verificationRemarks", PROVINCE_ASSESSMENT));

        private Decide() {
        }
    }

    /** The list's approval: its one reply notice date, which starts every approved term (PM-7). */
    public static final class Publish {
        public static final CaseVariable<LocalDate> REPLY_NOTICE_DATE = CaseVariable.day("replyNoticeDate");

        private Publish() {
        }
    }

    private YearlyCallProcess() {
    }
}
