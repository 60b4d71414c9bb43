package cn.ipoffice.programmes.clusterareas;

/** The {@code cluster-area-application} process (CA-5, CA-6, CA-7, CA-8). */
public final class ClusterAreaApplicationProcess {

    public static final String KEY = "cluster-area-application";
    public static final String RESOURCE = "cluster-area-application.bpmn";

    public static final String START = "Start_ClusterApplicationFiled";
    public static final String TASK_CHECK_ELIGIBILITY = "Task_CheckClusterEligibility";
    public static final String TASK_CONFIRM_INELIGIBILITY = "Task_ConfirmClusterIneligibility";
    public static final String END_INELIGIBLE = "End_ClusterIneligible";
    public static final String TASK_VERIFY = "Task_VerifyAndRecommend";
    public static final String TASK_REVISE = "Task_ReviseClusterApplication";
    public static final String END_NOT_RECOMMENDED = "End_ClusterNotRecommended";
    public static final String TASK_FILE = "Task_FileClusterMaterials";
    public static final String TASK_CHECK_MATERIALS = "Task_CheckClusterMaterials";
    public static final String TASK_EXAMINE = "Task_ExamineClusterApplication";
    public static final String END_REJECTED = "End_ClusterRejected";
    public static final String TASK_RECORD_CONSTRUCTION = "Task_RecordConstruction";
    public static final String TASK_START_CONSTRUCTION = "Task_StartConstruction";
    public static final String END_RATIFIED = "End_ClusterRatified";

    /** The start form (CA-5, CA-6, CA-7). */
    public static final class Apply {
        public static final String AREA_ID = "areaId";
        public static final String AREA_NAME = "areaName";
        public static final String ZONE_KIND = "zoneKind";
        public static final String GOVERNMENT_COMMITMENT = "governmentCommitment";
        public static final String INDUSTRIAL_ADVANTAGES = "industrialAdvantages";
        public static final String AGENCY_COUNT = "agencyCount";
        public static final String SERVES_PREFIX = "serves";
        public static final String INITIAL_WORK_PLAN_REFERENCE = "initialWorkPlanReference";

        private Apply() {
        }
    }

    /** Decisions the process and its reviewers record. */
    public static final class Decide {
        public static final String ELIGIBLE = "eligible";
        public static final String ELIGIBILITY_FINDINGS = "eligibilityFindings";
        public static final String VERIFICATION_OUTCOME = "verificationOutcome";
        public static final String MATERIALS_COMPLETE = "materialsComplete";
        public static final String MISSING_MATERIALS = "missingMaterials";
        public static final String EXAMINATION_DECISION = "examinationDecision";
        public static final String RATIFICATION_DATE = "ratificationDate";
        public static final String REJECTION_REASON = "rejectionReason";

        private Decide() {
        }
    }

    /** The four CA-7 materials on the filing form. */
    public static final class Materials {
        public static final String RECOMMENDATION_LETTER = "recommendationLetter";
        public static final String APPLICATION_FORM = "applicationForm";
        public static final String INITIAL_WORK_PLAN = "initialWorkPlanFiled";
        public static final String COMMITMENT_LETTER = "commitmentLetter";

        private Materials() {
        }
    }

    private ClusterAreaApplicationProcess() {
    }
}
