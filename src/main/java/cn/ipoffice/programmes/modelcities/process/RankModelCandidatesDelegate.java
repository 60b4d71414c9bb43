package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Decide;
import cn.ipoffice.programmes.modelcities.usecase.RankModelCandidates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${rankModelCandidates}} behind {@code Task_RankModelCandidates} (PM-19(ii)): writes {@code candidateRanking}. */
@Component("rankModelCandidates")
class RankModelCandidatesDelegate implements JavaDelegate {

    private final RankModelCandidates rank;

    RankModelCandidatesDelegate(RankModelCandidates rank) {
        this.rank = rank;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Decide.CANDIDATE_RANKING.set(execution, rank.rank(CaseFacts.holderId(execution),
                Decide.APPLICATION_YEAR.from(execution)));
    }
}
