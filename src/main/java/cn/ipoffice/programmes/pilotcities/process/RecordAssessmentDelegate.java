package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import cn.ipoffice.programmes.pilotcities.usecase.RecordAssessment;
import cn.ipoffice.programmes.pilotcities.usecase.RecordAssessment.Assessment;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordAssessment}} behind {@code Task_RecordAssessment} and {@code Task_RecordFosteringAssessment}
 * (PM-9): the provincial office's grade and rank into the register.
 */
@Component("recordAssessment")
class RecordAssessmentDelegate implements JavaDelegate {

    private final RecordAssessment assessments;

    RecordAssessmentDelegate(RecordAssessment assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assessments.record(CaseFacts.holderId(execution), new Assessment(Vars.REPORT_YEAR.from(execution),
                Vars.ASSESSMENT_GRADE.from(execution), Vars.ASSESSMENT_CATEGORY.from(execution),
                Vars.ASSESSMENT_RANK.from(execution), Vars.CATEGORY_SIZE.from(execution)));
    }
}
