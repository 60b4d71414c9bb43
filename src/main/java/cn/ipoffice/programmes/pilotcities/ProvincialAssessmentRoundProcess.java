package cn.ipoffice.programmes.pilotcities;

import cn.ipoffice.programmes.casework.CaseVariable;
import cn.ipoffice.programmes.register.Grade;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The {@code assessment-round} process (PM-9, I-13, PM-32(c)): a province's yearly assessment of all its
 * pilot and fostering cities of the past year, the ranks computed from the scores within each category. The case's
 * holder is the province ({@code holderId} = its two digits, {@code 32}); inside the per-city subprocesses
 * {@code holderId} and {@code holderName} are the city's.
 */
public final class ProvincialAssessmentRoundProcess {

    /** Short enough that the engine's definition ids keep the form key:version:id (64 characters at most). */
    public static final String KEY = "assessment-round";
    public static final String RESOURCE = "assessment-round.bpmn";
    public static final String START_FORM = "assessment-round-start";

    public static final String START = "Start_RoundOpened";
    public static final String TASK_OPEN_ROUND = "Task_OpenRound";
    public static final String GATEWAY_CITIES_TO_ASSESS = "Gateway_CitiesToAssess";
    public static final String END_NOTHING_TO_ASSESS = "End_NothingToAssess";
    public static final String CITY_ASSESSMENTS = "SubProcess_CityAssessment";
    public static final String TASK_TAKE_UP_CITY = "Task_TakeUpCity";
    public static final String TASK_ASSESS_CITY = "Task_AssessCity";
    public static final String TIMER_ASSESSMENT_DUE = "Timer_CityAssessmentDue";
    public static final String TASK_FLAG_ASSESSMENT_OVERDUE = "Task_FlagCityAssessmentOverdue";
    public static final String TASK_ESCALATE_ASSESSMENT = "Task_EscalateCityAssessment";
    public static final String TASK_NOTE_CITY_ASSESSMENT = "Task_NoteCityAssessment";
    public static final String TASK_RANK_CITIES = "Task_RankCities";
    public static final String TASK_CONFIRM_RANKING = "Task_ConfirmRanking";
    public static final String GATEWAY_RANKING_DECISION = "Gateway_RankingDecision";
    public static final String TASK_RECORD_ROUND = "Task_RecordRound";
    public static final String LAST_TWO_YEARS = "SubProcess_LastTwoYears";
    public static final String TASK_TAKE_UP_RANKED_CITY = "Task_TakeUpRankedCity";
    public static final String TASK_DETECT_LAST_TWO_YEARS = "Task_DetectLastTwoYears";
    public static final String END_ROUND_RECORDED = "End_RoundRecorded";

    /** The province's decision on the ranking shown to it. */
    public enum RankingDecision {
        CONFIRMED, CORRECT_SCORES
    }

    public static final class Vars {
        /** The year assessed: the past year, whose reports were due on 31 January of the year after. */
        public static final CaseVariable<Integer> ASSESSED_YEAR = CaseVariable.integer("assessedYear");
        /** 31 January of the year after the year assessed, from which the round's deadline counts. */
        public static final CaseVariable<LocalDate> REPORTS_DUE_ON = CaseVariable.day("reportsDueOn");
        /** The round's cities, their division codes separated by commas, in the register's order. */
        public static final CaseVariable<String> ROUND_CITIES = CaseVariable.text("roundCities");
        public static final CaseVariable<Integer> ROUND_SIZE = CaseVariable.integer("roundSize");
        public static final CaseVariable<Boolean> CITIES_TO_ASSESS = CaseVariable.flag("citiesToAssess");
        /** The engine's counter of a multi-instance subprocess: which of the round's cities an instance is about. */
        public static final CaseVariable<Integer> LOOP_COUNTER = CaseVariable.integer("loopCounter");
        /** The per-city form's fields, local to the city's subprocess. */
        public static final CaseVariable<Grade> ASSESSMENT_GRADE = CaseVariable.choice("assessmentGrade", Grade.class);
        public static final CaseVariable<BigDecimal> ASSESSMENT_SCORE = CaseVariable.decimal("assessmentScore");
        /** The ranking as the confirmation form shows it. */
        public static final CaseVariable<String> ROUND_RANKING = CaseVariable.text("roundRanking");
        public static final CaseVariable<RankingDecision> RANKING_DECISION =
                CaseVariable.choice("rankingDecision", RankingDecision.class);

        /** A city's grade as entered, kept on the round's case until the ranking is recorded. */
        public static CaseVariable<Grade> gradeOf(String cityId) {
            return CaseVariable.choice("assessmentGrade_" + cityId, Grade.class);
        }

        /** A city's score as entered, kept on the round's case until the ranking is recorded. */
        public static CaseVariable<BigDecimal> scoreOf(String cityId) {
            return CaseVariable.decimal("assessmentScore_" + cityId);
        }

        private Vars() {
        }
    }

    private ProvincialAssessmentRoundProcess() {
    }
}
