package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Decide;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Score;
import cn.ipoffice.programmes.modelcities.rules.IndicatorScores;
import cn.ipoffice.programmes.modelcities.usecase.ScoreModelCandidate;
import cn.ipoffice.programmes.modelcities.usecase.ScoreModelCandidate.Outcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${scoreModelCandidate}} behind {@code Task_CheckIndicatorScores} (PM-19(ii), PM-18(ix)): the provincial
 * office's scores into the register; {@code conditionsMet} now answers for all nine conditions, and the finding on
 * (ix) is added to {@code conditionsFindings}.
 */
@Component("scoreModelCandidate")
class ScoreModelCandidateDelegate implements JavaDelegate {

    private final ScoreModelCandidate score;

    ScoreModelCandidateDelegate(ScoreModelCandidate score) {
        this.score = score;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Outcome outcome = score.score(CaseFacts.holderId(execution), Decide.APPLICATION_YEAR.from(execution),
                new IndicatorScores(Score.OBJECTIVE_STRENGTH.from(execution), Score.WEIGHTED_TOTAL.from(execution)),
                execution.getProcessInstanceId());
        Decide.CONDITIONS_MET.set(execution, outcome.met());
        Decide.CONDITIONS_FINDINGS.set(execution, Decide.CONDITIONS_FINDINGS.from(execution) + "\n" + outcome.finding());
    }
}
