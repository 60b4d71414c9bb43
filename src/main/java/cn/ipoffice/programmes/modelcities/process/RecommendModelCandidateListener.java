package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseRefusedException;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Decide;
import cn.ipoffice.programmes.modelcities.usecase.RecommendModelCandidate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${recommendModelCandidate}}: the complete listener of {@code Task_RecommendModelCandidate} (PM-19(ii)). The
 * provincial office's decision goes into the register in the transaction that completes the task; recommending a
 * candidate while a better-ranked one is not recommended is refused with the reason, and the task stays open.
 */
@Component("recommendModelCandidate")
class RecommendModelCandidateListener implements TaskListener {

    private static final String RECOMMEND = "RECOMMEND";

    private final RecommendModelCandidate recommend;

    RecommendModelCandidateListener(RecommendModelCandidate recommend) {
        this.recommend = recommend;
    }

    @Override
    public void notify(DelegateTask task) {
        recommend.decide(CaseFacts.holderId(task), Decide.APPLICATION_YEAR.from(task),
                Decide.RECOMMENDATION.optionalFrom(task).map(RECOMMEND::equals).orElse(false), CaseFacts.today())
                .ifPresent(refusal -> {
                    throw new CaseRefusedException(Decide.RECOMMENDATION.name() + ": " + refusal);
                });
    }
}
