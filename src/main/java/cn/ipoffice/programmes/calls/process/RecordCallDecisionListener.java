package cn.ipoffice.programmes.calls.process;

import cn.ipoffice.programmes.calls.YearlyCallProcess;
import cn.ipoffice.programmes.calls.YearlyCallProcess.Batch;
import cn.ipoffice.programmes.calls.YearlyCallProcess.Decide;
import cn.ipoffice.programmes.calls.usecase.RecordCallDecision;
import cn.ipoffice.programmes.casework.CaseRefusedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordCallDecision}} as SIPO completes an instance of {@code Task_DecideApplication} (PM-7): the
 * decision goes to the register in the completion's transaction; an approval beyond the province's quota is
 * refused, naming the province, and the task stays open.
 */
@Component("recordCallDecision")
class RecordCallDecisionListener implements TaskListener {

    private final RecordCallDecision recordCallDecision;

    RecordCallDecisionListener(RecordCallDecision recordCallDecision) {
        this.recordCallDecision = recordCallDecision;
    }

    @Override
    public void notify(DelegateTask task) {
        RecordCallDecision.Outcome outcome = recordCallDecision.record(Batch.CALL_ID.from(task),
                Decide.APPLICATION_CASE_ID.from(task),
                YearlyCallProcess.APPROVE.equals(Decide.CENTRAL_DECISION.from(task)),
                Decide.REJECTION_REASON.filledFrom(task).orElse(null));
        if (!outcome.recorded()) {
            throw new CaseRefusedException(String.join("; ", outcome.refusals()));
        }
        task.getExecution().getProcessInstance().setVariable(Batch.LIST_SUMMARY.name(), outcome.listSummary());
    }
}
