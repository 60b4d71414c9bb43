package cn.ipoffice.programmes.modelcities;

import cn.ipoffice.programmes.casework.CaseVariable;

/** The {@code model-examination-round} process: SIPO's yearly examination round of every model city (PM-23). */
public final class ModelExaminationRoundProcess {

    public static final String KEY = "model-examination-round";
    public static final String RESOURCE = "model-examination-round.bpmn";

    public static final String START = "Start_ExaminationRoundOpened";
    public static final String TASK_OPEN_EXAMINATIONS = "Task_OpenModelExaminations";
    public static final String END_OPENED = "End_ExaminationsOpened";

    /** SIPO's start form. */
    public static final class Vars {
        public static final CaseVariable<Integer> EXAMINATION_YEAR = ModelCityExaminationProcess.Vars.EXAMINATION_YEAR;

        private Vars() {
        }
    }

    private ModelExaminationRoundProcess() {
    }
}
