package cn.ipoffice.programmes.clusterareas.process;

import cn.ipoffice.programmes.clusterareas.ExperimentalAreaConstructionProcess.Vars;
import cn.ipoffice.programmes.clusterareas.rules.CheckAndAcceptance;
import cn.ipoffice.programmes.clusterareas.usecase.DecideCheckOutcome;
import cn.ipoffice.programmes.forms.FormRefusal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${applyCheckResult}} behind {@code Task_ApplyCheckResult} (CA-16, CA-17, I-5). It runs as SIPO completes
 * the check: a result the rules refuse, or a value the form could not check, refuses the completion.
 */
@Component("applyCheckResult")
class ApplyCheckResultDelegate implements JavaDelegate {

    private final DecideCheckOutcome decide;

    ApplyCheckResultDelegate(DecideCheckOutcome decide) {
        this.decide = decide;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CheckAndAcceptance.Result result;
        try {
            result = decide.decide(Vars.CHECK_RESULT.from(execution), Vars.CHECKED_ON.from(execution),
                    Vars.RECTIFICATION_DEADLINE.filledFrom(execution).orElse(null));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw FormRefusal.of(List.of(e.getMessage()));
        }
        Vars.CHECK_OUTCOME.set(execution, result.outcome());
        Vars.CHECK_OUTCOME_REASON.set(execution, result.reason());
    }
}
