package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.pilotcities.ProvincialAssessmentRoundProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${noteCityAssessment}} behind {@code Task_NoteCityAssessment} (PM-9): the grade and score entered for the
 * city in its subprocess are kept on the round's case under the city's code, for the ranking of all its cities.
 */
@Component("noteCityAssessment")
class NoteCityAssessmentDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String city = CaseFacts.holderId(execution);
        DelegateExecution round = execution.getProcessInstance();
        Vars.gradeOf(city).set(round, Vars.ASSESSMENT_GRADE.from(execution));
        Vars.scoreOf(city).set(round, Vars.ASSESSMENT_SCORE.from(execution));
    }
}
