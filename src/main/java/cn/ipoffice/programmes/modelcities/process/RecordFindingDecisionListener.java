package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.modelcities.TitleWithdrawalProcess;
import cn.ipoffice.programmes.modelcities.TitleWithdrawalProcess.Vars;
import cn.ipoffice.programmes.modelcities.usecase.RecordFindingDecision;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordFindingDecision}}: the end listener of {@code Task_ConfirmFinding} (PM-32(c)). SIPO's decision,
 * confirmed or dismissed, is kept in the register with the pair of years, so the same pair is not put again. A task
 * that ends without a decision (its case ended by another) records nothing, nor does a case detected before the
 * pair of years was carried.
 */
@Component("recordFindingDecision")
class RecordFindingDecisionListener implements ExecutionListener {

    private final RecordFindingDecision record;

    RecordFindingDecisionListener(RecordFindingDecision record) {
        this.record = record;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Optional<String> confirmation = Vars.CONFIRMATION.optionalFrom(execution);
        Optional<Integer> firstYear = Vars.FIRST_YEAR.optionalFrom(execution);
        Optional<Integer> secondYear = Vars.SECOND_YEAR.optionalFrom(execution);
        if (confirmation.isEmpty() || firstYear.isEmpty() || secondYear.isEmpty()) {
            return;
        }
        record.record(Vars.HOLDER_ID.from(execution), firstYear.get(), secondYear.get(),
                confirmation.get().equals(TitleWithdrawalProcess.CONFIRMED), CaseFacts.today(),
                execution.getProcessInstanceId());
    }
}
