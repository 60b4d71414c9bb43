package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.pilotcities.ProvincialAssessmentRoundProcess.Vars;
import cn.ipoffice.programmes.pilotcities.usecase.RankAssessmentRound;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${rankAssessmentRound}} behind {@code Task_RankCities} (PM-9, I-13): the ranking for the province to confirm. */
@Component("rankAssessmentRound")
class RankAssessmentRoundDelegate implements JavaDelegate {

    private final RankAssessmentRound ranking;

    RankAssessmentRoundDelegate(RankAssessmentRound ranking) {
        this.ranking = ranking;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Vars.ROUND_RANKING.set(execution, ranking.rank(RoundEntries.of(execution)).text());
    }
}
