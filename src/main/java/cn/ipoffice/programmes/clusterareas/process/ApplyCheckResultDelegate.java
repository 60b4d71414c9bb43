package cn.ipoffice.programmes.clusterareas.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.clusterareas.ExperimentalAreaConstructionProcess.Vars;
import cn.ipoffice.programmes.clusterareas.rules.CheckAndAcceptance;
import cn.ipoffice.programmes.clusterareas.rules.CheckResult;
import cn.ipoffice.programmes.forms.FormRefusal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${applyCheckResult}} behind {@code Task_ApplyCheckResult} (CA-16, CA-17, I-5). */
@Component("applyCheckResult")
class ApplyCheckResultDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        CheckAndAcceptance.Result result;
        try {
            result = CheckAndAcceptance.decide(CheckResult.valueOf(CaseFacts.text(execution, Vars.CHECK_RESULT)),
                    CaseFacts.day(execution, Vars.CHECKED_ON), deadline(execution));
        } catch (IllegalArgumentException e) {
            throw FormRefusal.of(List.of(e.getMessage()));
        }
        execution.setVariable(Vars.CHECK_OUTCOME, result.outcome().name());
        execution.setVariable(Vars.CHECK_OUTCOME_REASON, result.reason());
    }

    static LocalDate deadline(DelegateExecution execution) {
        Object value = execution.getVariable(Vars.RECTIFICATION_DEADLINE);
        return value == null || value.toString().isBlank() ? null : CaseFacts.day(execution, Vars.RECTIFICATION_DEADLINE);
    }
}
