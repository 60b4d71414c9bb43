package cn.ipoffice.programmes.clusterareas.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.clusterareas.DemonstrativeAreaTermProcess.Vars;
import cn.ipoffice.programmes.clusterareas.ExperimentalAreaConstructionProcess;
import cn.ipoffice.programmes.clusterareas.rules.CheckAndAcceptance;
import cn.ipoffice.programmes.clusterareas.rules.CheckResult;
import cn.ipoffice.programmes.clusterareas.rules.DemonstrativeReview;
import cn.ipoffice.programmes.forms.FormRefusal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${applyReviewResult}} behind {@code Task_ApplyReviewResult} (CA-18, I-5). */
@Component("applyReviewResult")
class ApplyReviewResultDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        CheckAndAcceptance.Result result;
        try {
            result = DemonstrativeReview.decide(CheckResult.valueOf(CaseFacts.text(execution, Vars.REVIEW_RESULT)),
                    CaseFacts.flag(execution, ExperimentalAreaConstructionProcess.Vars.RECTIFIED),
                    CaseFacts.day(execution, Vars.REVIEWED_ON), ApplyCheckResultDelegate.deadline(execution));
        } catch (IllegalArgumentException e) {
            throw FormRefusal.of(List.of(e.getMessage()));
        }
        execution.setVariable(Vars.REVIEW_OUTCOME, result.outcome().name());
        execution.setVariable(Vars.REVIEW_OUTCOME_REASON, result.reason());
    }
}
