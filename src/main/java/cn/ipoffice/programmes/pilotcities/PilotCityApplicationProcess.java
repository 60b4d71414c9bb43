package cn.ipoffice.programmes.pilotcities;

import cn.ipoffice.programmes.casework.CaseVariable;
import cn.ipoffice.programmes.register.HolderKind;
import java.time.LocalDate;

/** The {@code pilot-city-application} process (PM-3, PM-5, PM-6, PM-7). */
public final class PilotCityApplicationProcess {

    public static final String KEY = "pilot-city-application";
    public static final String RESOURCE = "pilot-city-application.bpmn";

    public static final String START = "Start_PilotApplicationFiled";
    public static final String TASK_CHECK_ELIGIBILITY = "Task_CheckPilotEligibility";
    public static final String GATEWAY_ELIGIBLE = "Gateway_Eligible";
    public static final String TASK_CONFIRM_INELIGIBILITY = "Task_ConfirmIneligibility";
    public static final String END_INELIGIBLE = "End_ApplicationIneligible";
    public static final String TASK_INVESTIGATE = "Task_InvestigateApplicant";
    public static final String END_NOT_RECOMMENDED = "End_NotRecommended";
    public static final String TASK_DELIBERATE = "Task_DeliberatePlan";
    public static final String TASK_REVISE_PLAN = "Task_RevisePlan";
    public static final String TASK_FILE = "Task_FileApplication";
    public static final String TASK_CHECK_MATERIALS = "Task_CheckPilotMaterials";
    public static final String TASK_ENTER_CALL = "Task_EnterYearlyCall";
    /** Waits for SIPO's yearly call to publish its list (PM-7, I-14); the call says approve or reject. */
    public static final String EVENT_AWAIT_CALL = "Event_AwaitYearlyCall";
    /** The message it waits for: {@code CallProgramme.PILOT_CITY.listPublishedMessage()}. */
    public static final String MESSAGE_LIST_PUBLISHED = "pilot-city-call-list-published";
    public static final String TASK_RECORD_TITLE = "Task_RecordPilotTitle";
    public static final String TASK_START_ROUND = "Task_StartPilotRound";
    public static final String END_APPROVED = "End_PilotApproved";
    public static final String END_REJECTED = "End_ApplicationRejected";

    /** Start form (PM-3, PM-5, PM-6); PM-5(v) is read from SIPO's recorded figures, not from the applicant. */
    public static final class Apply {
        public static final CaseVariable<String> CITY_CODE = CaseVariable.text("cityCode");
        public static final CaseVariable<String> CITY_NAME = CaseVariable.text("cityName");
        public static final CaseVariable<HolderKind> CITY_KIND = CaseVariable.choice("cityKind", HolderKind.class);
        public static final CaseVariable<Boolean> LEADERS_GIVE_PRIORITY = CaseVariable.flag("leadersGivePriority");
        public static final CaseVariable<Boolean> ADMINISTRATION_INTERMEDIATE =
                CaseVariable.flag("administrationIntermediateOrAbove");
        public static final CaseVariable<Boolean> PATENT_QUALITY_RESULTS = CaseVariable.flag("patentQualityResults");
        public static final CaseVariable<Boolean> IP_OPERATION_RESULTS = CaseVariable.flag("ipOperationResults");
        public static final CaseVariable<String> FEATURED_THEMES = CaseVariable.text("featuredThemes");
        public static final CaseVariable<String> WORK_PLAN_REFERENCE = CaseVariable.text("workPlanReference");

        private Apply() {
        }
    }

    /** Decisions the process and its reviewers record. */
    public static final class Decide {
        public static final CaseVariable<Boolean> ELIGIBLE = CaseVariable.flag("eligible");
        public static final CaseVariable<String> ELIGIBILITY_FINDINGS = CaseVariable.text("eligibilityFindings");
        public static final CaseVariable<String> INVESTIGATION_OUTCOME = CaseVariable.text("investigationOutcome");
        public static final CaseVariable<String> DELIBERATION_OUTCOME = CaseVariable.text("deliberationOutcome");
        public static final CaseVariable<Boolean> MATERIALS_COMPLETE = CaseVariable.flag("materialsComplete");
        public static final CaseVariable<String> MISSING_MATERIALS = CaseVariable.text("missingMaterials");
        /** Which yearly call takes the filed application, or that it waits for the next one (I-14). */
        public static final CaseVariable<String> CALL_STATUS = CaseVariable.text("callStatus");
        /** SIPO's decision on it in its yearly call's list: APPROVE or REJECT. */
        public static final CaseVariable<String> CENTRAL_DECISION = CaseVariable.text("centralDecision");
        public static final CaseVariable<LocalDate> REPLY_NOTICE_DATE = CaseVariable.day("replyNoticeDate");
        public static final CaseVariable<String> REJECTION_REASON = CaseVariable.text("rejectionReason");

        private Decide() {
        }
    }

    /** The five PM-6 materials on the filing form. */
    public static final class Materials {
        public static final CaseVariable<Boolean> RECOMMENDATION_LETTER = CaseVariable.flag("recommendationLetter");
        public static final CaseVariable<Boolean> APPLICATION_LETTER = CaseVariable.flag("applicationLetter");
        public static final CaseVariable<Boolean> WORK_PLAN = CaseVariable.flag("workPlanFiled");
        public static final CaseVariable<Boolean> BASIC_STATUS_TABLE = CaseVariable.flag("basicStatusTable");
        public static final CaseVariable<Boolean> CERTIFICATION_MATERIALS = CaseVariable.flag("certificationMaterials");

        private Materials() {
        }
    }

    private PilotCityApplicationProcess() {
    }
}
