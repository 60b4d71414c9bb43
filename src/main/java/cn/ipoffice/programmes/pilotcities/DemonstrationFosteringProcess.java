package cn.ipoffice.programmes.pilotcities;

import cn.ipoffice.programmes.casework.CaseVariable;
import java.time.LocalDate;

/** The {@code demonstration-fostering} process (PM-15, PM-12, I-2, I-3; PM-9 recorded by the province's round). */
public final class DemonstrationFosteringProcess {

    public static final String KEY = "demonstration-fostering";
    public static final String RESOURCE = "demonstration-fostering.bpmn";

    public static final String START = "Start_FosteringCycleBegins";
    public static final String CYCLE_YEARS = "SubProcess_CycleYears";
    public static final String TIMER_YEAR_BEGINS = "Timer_FosteringYearBegins";
    public static final String CALL_ANNUAL_REPORT = "Call_FosteringAnnualReport";
    /** PM-9: the province's round recorded a year of the city; the case shows it (a non-interrupting event). */
    public static final String ASSESSMENT_RECORDED = "SubProcess_FosteringAssessmentRecorded";
    public static final String START_ASSESSMENT_RECORDED = "Start_FosteringAssessmentRecorded";
    public static final String END_ASSESSMENT_ON_RECORD = "End_FosteringAssessmentOnRecord";
    public static final String TIMER_CYCLE_EXPIRES = "Timer_CycleExpires";
    public static final String TASK_RECORD_FOSTERING_PLAN = "Task_RecordFosteringPlan";
    public static final String TIMER_WINDOW_CLOSES = "Timer_FosteringWindowCloses";
    public static final String TASK_LEAVE_FOSTERING = "Task_LeaveFostering";
    public static final String END_LEFT_FOSTERING = "End_LeftFostering";
    public static final String TASK_ENTER_NEXT_ROUND = "Task_EnterNextFosteringRound";
    public static final String TASK_START_NEXT_ROUND = "Task_StartNextFosteringRound";
    public static final String END_NEXT_ROUND = "End_NextFosteringRound";

    public static final class Vars {
        public static final CaseVariable<LocalDate> FOSTERING_PLAN_ISSUED_ON =
                CaseVariable.day("fosteringPlanIssuedOn");
        public static final CaseVariable<String> FOSTERING_PLAN_REFERENCE = CaseVariable.text("fosteringPlanReference");

        private Vars() {
        }
    }

    private DemonstrationFosteringProcess() {
    }
}
