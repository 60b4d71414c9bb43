package cn.ipoffice.programmes.modelcities;

/** The {@code model-city-application} process (PM-18, PM-19, PM-20). */
public final class ModelCityApplicationProcess {

    public static final String KEY = "model-city-application";
    public static final String RESOURCE = "model-city-application.bpmn";

    public static final String START = "Start_ModelApplicationFiled";
    public static final String TASK_CHECK_CONDITIONS = "Task_CheckModelConditions";
    public static final String TASK_CONFIRM_INELIGIBILITY = "Task_ConfirmModelIneligibility";
    public static final String END_INELIGIBLE = "End_ModelIneligible";
    public static final String TASK_RANK_CANDIDATES = "Task_RankModelCandidates";
    public static final String TASK_RECOMMEND = "Task_RecommendModelCandidate";
    public static final String END_NOT_RECOMMENDED = "End_ModelNotRecommended";
    public static final String TASK_SELECT = "Task_SelectModelCity";
    public static final String END_NOT_SELECTED = "End_ModelNotSelected";
    public static final String TASK_RECORD_TITLE = "Task_RecordModelTitle";
    public static final String TASK_END_FOSTERING = "Task_EndFosteringCase";
    public static final String TASK_START_TERM = "Task_StartModelTerm";
    public static final String END_SELECTED = "End_ModelCitySelected";

    /** The start form and the attested conditions (also on the reexamination application). */
    public static final class Apply {
        public static final String CITY_CODE = "cityCode";
        public static final String IP_IN_GOVERNMENT_ASSESSMENT = "ipInGovernmentAssessment";
        public static final String AMONG_BEST_NATIONALLY = "amongBestNationally";
        public static final String QUALITY_ORIENTED_FUNDING = "qualityOrientedFunding";
        public static final String NO_MAJOR_INFRINGEMENT = "noMajorInfringement";
        public static final String OBJECTIVE_STRENGTH = "objectiveStrength";
        public static final String WEIGHTED_TOTAL = "weightedTotal";

        private Apply() {
        }
    }

    public static final class Decide {
        public static final String CONDITIONS_MET = "conditionsMet";
        public static final String CONDITIONS_FINDINGS = "conditionsFindings";
        public static final String APPLICATION_YEAR = "applicationYear";
        public static final String CANDIDATE_RANKING = "candidateRanking";
        public static final String RECOMMENDATION = "recommendation";
        public static final String SELECTION = "selection";
        public static final String REPLY_NOTICE_DATE = "replyNoticeDate";

        private Decide() {
        }
    }

    private ModelCityApplicationProcess() {
    }
}
