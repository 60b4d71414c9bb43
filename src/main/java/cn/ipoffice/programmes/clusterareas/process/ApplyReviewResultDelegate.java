package cn.ipoffice.programmes.clusterareas.process;

import cn.ipoffice.programmes.clusterareas.DemonstrativeAreaTermProcess.Vars;
import cn.ipoffice.programmes.clusterareas.rules.CheckAndAcceptance;
import cn.ipoffice.programmes.clusterareas.usecase.DecideReviewOutcome;
import cn.ipoffice.programmes.forms.FormRefusal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${applyReviewResult}} behind {@code Task_ApplyReviewResult} (CA-18, I-5). It runs as SIPO completes the
 * review: a result the rules refuse, or a value the form could not check, refuses the completion.
 */
@Component("applyReviewResult")
class ApplyReviewResultDelegate implements JavaDelegate {

    private final DecideReviewOutcome decide;

    ApplyReviewResultDelegate(DecideReviewOutcome decide) {
        this.decide = decide;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CheckAndAcceptance.Result result;
        try {
            result = decide.decide(Vars.REVIEW_RESULT.from(execution), Vars.RECTIFIED.isTrue(execution),
                    Vars.REVIEWED_ON.from(execution), Vars.RECTIFICATION_DEADLINE.filledFrom(execution).orElse(null));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw FormRefusal.of(List.of(e.getMessage()));
        }
        Vars.REVIEW_OUTCOME.set(execution, result.outcome());
        Vars.REVIEW_OUTCOME_REASON.set(execution, result.reason());
    }
}
