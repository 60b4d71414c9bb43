package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Apply;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Decide;
import cn.ipoffice.programmes.modelcities.usecase.RankModelCandidates;
import cn.ipoffice.programmes.modelcities.usecase.RankModelCandidates.Candidate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${rankModelCandidates}} behind {@code Task_RankModelCandidates} (PM-19): writes {@code candidateRanking}. */
@Component("rankModelCandidates")
class RankModelCandidatesDelegate implements JavaDelegate {

    private final RankModelCandidates rank;

    RankModelCandidatesDelegate(RankModelCandidates rank) {
        this.rank = rank;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Candidate applicant = new Candidate(CaseFacts.holderId(execution),
                CaseVariables.HOLDER_NAME.from(execution), Apply.WEIGHTED_TOTAL.from(execution));
        Decide.CANDIDATE_RANKING.set(execution, rank.rank(applicant,
                CaseVariables.SUPERVISOR_GROUP.from(execution), Decide.APPLICATION_YEAR.from(execution),
                execution.getProcessInstanceId()));
    }
}
