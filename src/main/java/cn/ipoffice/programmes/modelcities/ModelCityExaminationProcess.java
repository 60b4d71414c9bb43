package cn.ipoffice.programmes.modelcities;

import cn.ipoffice.programmes.casework.CaseVariable;
import cn.ipoffice.programmes.register.Grade;
import java.math.BigDecimal;

/** The {@code model-city-examination} process: SIPO's examination of one model city for one year (PM-23, I-8). */
public final class ModelCityExaminationProcess {

    public static final String KEY = "model-city-examination";
    public static final String RESOURCE = "model-city-examination.bpmn";

    public static final String START = "Start_ModelExaminationOpened";
    public static final String TASK_EXAMINE = "Task_ExamineModelCity";
    public static final String TASK_REPORT_TO_TERM = "Task_ReportExaminationToTerm";
    public static final String END_EXAMINED = "End_ModelCityExamined";

    /** What the round gives the examination, and SIPO's entries on {@code Task_ExamineModelCity}. */
    public static final class Vars {
        public static final CaseVariable<Integer> EXAMINATION_YEAR = CaseVariable.integer("examinationYear");
        public static final CaseVariable<Grade> EXAMINATION_GRADE = CaseVariable.choice("examinationGrade", Grade.class);
        public static final CaseVariable<BigDecimal> PATENT_STRENGTH_INDEX = CaseVariable.decimal("patentStrengthIndex");
        public static final CaseVariable<BigDecimal> TARGETS_MET_PERCENT = CaseVariable.decimal("targetsMetPercent");

        private Vars() {
        }
    }

    private ModelCityExaminationProcess() {
    }
}
