package cn.ipoffice.programmes.pilotcities;

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
    public static final String TASK_ASSESS_CENTRALLY = "Task_AssessCentrally";
    public static final String TASK_RECORD_TITLE = "Task_RecordPilotTitle";
    public static final String TASK_START_ROUND = "Task_StartPilotRound";
    public static final String END_APPROVED = "End_PilotApproved";
    public static final String END_REJECTED = "End_ApplicationRejected";

    /** Start form (PM-3, PM-5, PM-6). */
    public static final class Apply {
        public static final String CITY_CODE = "cityCode";
        public static final String CITY_NAME = "cityName";
        public static final String CITY_KIND = "cityKind";
        public static final String LEADERS_GIVE_PRIORITY = "leadersGivePriority";
        public static final String ADMINISTRATION_INTERMEDIATE = "administrationIntermediateOrAbove";
        public static final String PATENT_QUALITY_RESULTS = "patentQualityResults";
        public static final String IP_OPERATION_RESULTS = "ipOperationResults";
        public static final String ENFORCEMENT_RANK = "enforcementRank";
        public static final String CITIES_RANKED = "citiesRanked";
        public static final String FEATURED_THEMES = "featuredThemes";
        public static final String WORK_PLAN_REFERENCE = "workPlanReference";

        private Apply() {
        }
    }

    /** Decisions the process and its reviewers record. */
    public static final class Decide {
        public static final String ELIGIBLE = "eligible";
        public static final String ELIGIBILITY_FINDINGS = "eligibilityFindings";
        public static final String INVESTIGATION_OUTCOME = "investigationOutcome";
        public static final String DELIBERATION_OUTCOME = "deliberationOutcome";
        public static final String MATERIALS_COMPLETE = "materialsComplete";
        public static final String MISSING_MATERIALS = "missingMaterials";
        public static final String CENTRAL_DECISION = "centralDecision";
        public static final String REPLY_NOTICE_DATE = "replyNoticeDate";
        public static final String REJECTION_REASON = "rejectionReason";

        private Decide() {
        }
    }

    /** The five PM-6 materials on the filing form. */
    public static final class Materials {
        public static final String RECOMMENDATION_LETTER = "recommendationLetter";
        public static final String APPLICATION_LETTER = "applicationLetter";
        public static final String WORK_PLAN = "workPlanFiled";
        public static final String BASIC_STATUS_TABLE = "basicStatusTable";
        public static final String CERTIFICATION_MATERIALS = "certificationMaterials";

        private Materials() {
        }
    }

    private PilotCityApplicationProcess() {
    }
}
