package cn.ipoffice.programmes.modelcities;

import cn.ipoffice.programmes.casework.CaseVariable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The {@code model-city-application} process (PM-18, PM-19, PM-20). */
public final class ModelCityApplicationProcess {

    public static final String KEY = "model-city-application";
    public static final String RESOURCE = "model-city-application.bpmn";

    public static final String START = "Start_ModelApplicationFiled";
    public static final String TASK_CHECK_CONDITIONS = "Task_CheckModelConditions";
    public static final String TASK_CONFIRM_INELIGIBILITY = "Task_ConfirmModelIneligibility";
    public static final String END_INELIGIBLE = "End_ModelIneligible";
    public static final String TASK_SCORE_CANDIDATE = "Task_ScoreModelCandidate";
    public static final String TASK_CHECK_SCORES = "Task_CheckIndicatorScores";
    public static final String GATEWAY_SCORES_MET = "Gateway_IndicatorScoresMet";
    public static final String TASK_RANK_CANDIDATES = "Task_RankModelCandidates";
    public static final String TASK_RECOMMEND = "Task_RecommendModelCandidate";
    public static final String END_NOT_RECOMMENDED = "End_ModelNotRecommended";
    /** Enters the recommended candidate in SIPO's yearly call for model cities (PM-20, I-14). */
    public static final String TASK_ENTER_CALL = "Task_EnterModelCall";
    /** Waits for SIPO's yearly call to publish its list (PM-20, I-14); the call says approve (select) or reject. */
    public static final String EVENT_AWAIT_CALL = "Event_AwaitModelCall";
    /** The message it waits for: {@code CallProgramme.MODEL_CITY.listPublishedMessage()}. */
    public static final String MESSAGE_LIST_PUBLISHED = "model-city-call-list-published";
    public static final String GATEWAY_SELECTED = "Gateway_Selected";
    public static final String END_NOT_SELECTED = "End_ModelNotSelected";
    public static final String TASK_RECORD_TITLE = "Task_RecordModelTitle";
    public static final String TASK_END_FOSTERING = "Task_EndFosteringCase";
    public static final String TASK_START_TERM = "Task_StartModelTerm";
    public static final String END_SELECTED = "End_ModelCitySelected";

    /** The start form: the city and the conditions it attests (also on the reexamination application). */
    public static final class Apply {
        public static final CaseVariable<String> CITY_CODE = CaseVariable.text("cityCode");
        public static final CaseVariable<Boolean> IP_IN_GOVERNMENT_ASSESSMENT = CaseVariable.flag("ipInGovernmentAssessment");
        public static final CaseVariable<Boolean> AMONG_BEST_NATIONALLY = CaseVariable.flag("amongBestNationally");
        public static final CaseVariable<Boolean> QUALITY_ORIENTED_FUNDING = CaseVariable.flag("qualityOrientedFunding");
        public static final CaseVariable<Boolean> NO_MAJOR_INFRINGEMENT = CaseVariable.flag("noMajorInfringement");

        private Apply() {
        }
    }

    /**
     * The scores of the indicator system of Appendix 2 (PM-18(ix)): on an application the provincial office enters
     * them in {@code Task_ScoreModelCandidate} (PM-19(ii)); on a reexamination the city's application carries them.
     */
    public static final class Score {
        public static final CaseVariable<BigDecimal> OBJECTIVE_STRENGTH = CaseVariable.decimal("objectiveStrength");
        public static final CaseVariable<BigDecimal> WEIGHTED_TOTAL = CaseVariable.decimal("weightedTotal");

        private Score() {
        }
    }

    /** The checks' results and the offices' decisions. */
    public static final class Decide {
        /** Set by the model term on its reexamination's check (PM-28), absent on an application. */
        public static final CaseVariable<Boolean> REEXAMINATION = CaseVariable.flag("reexamination");
        public static final CaseVariable<Boolean> CONDITIONS_MET = CaseVariable.flag("conditionsMet");
        public static final CaseVariable<String> CONDITIONS_FINDINGS = CaseVariable.text("conditionsFindings");
        public static final CaseVariable<Integer> APPLICATION_YEAR = CaseVariable.integer("applicationYear");
        public static final CaseVariable<String> CANDIDATE_RANKING = CaseVariable.text("candidateRanking");
        public static final CaseVariable<String> RECOMMENDATION = CaseVariable.text("recommendation");
        /** Which yearly call takes the recommended candidate, or that it waits for the next one (I-14). */
        public static final CaseVariable<String> CALL_STATUS = CaseVariable.text("callStatus");
        /** SIPO's decision in its yearly call's list: APPROVE (selected) or REJECT. */
        public static final CaseVariable<String> CENTRAL_DECISION = CaseVariable.text("centralDecision");
        /** The list's reply notice date, which starts the model term (PM-20). */
        public static final CaseVariable<LocalDate> REPLY_NOTICE_DATE = CaseVariable.day("replyNoticeDate");
        public static final CaseVariable<String> REJECTION_REASON = CaseVariable.text("rejectionReason");

        private Decide() {
        }
    }

    private ModelCityApplicationProcess() {
    }
}
