package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import cn.ipoffice.programmes.register.AssessmentCategory;
import cn.ipoffice.programmes.register.Grade;
import cn.ipoffice.programmes.register.Register;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordAssessment}} behind {@code Task_RecordAssessment} and
 * {@code Task_RecordFosteringAssessment} (PM-9): the provincial office's grade and rank of the year
 * before the report year, into the register.
 */
@Component("recordAssessment")
class RecordAssessmentDelegate implements JavaDelegate {

    private final Register register;

    RecordAssessmentDelegate(Register register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        register.recordAssessment(CaseFacts.holderId(execution),
                CaseFacts.integer(execution, Vars.REPORT_YEAR) - 1,
                Grade.valueOf(CaseFacts.text(execution, Vars.ASSESSMENT_GRADE)),
                AssessmentCategory.valueOf(CaseFacts.text(execution, Vars.ASSESSMENT_CATEGORY)),
                CaseFacts.integer(execution, Vars.ASSESSMENT_RANK),
                CaseFacts.integer(execution, Vars.CATEGORY_SIZE));
    }
}
