package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.pilotcities.ProvincialAssessmentRoundProcess.Vars;
import cn.ipoffice.programmes.pilotcities.usecase.RecordAssessmentRound;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordAssessmentRound}} behind {@code Task_RecordRound} (PM-9): the confirmed ranking of every city of the
 * round into the register.
 */
@Component("recordAssessmentRound")
class RecordAssessmentRoundDelegate implements JavaDelegate {

    private final RecordAssessmentRound record;

    RecordAssessmentRoundDelegate(RecordAssessmentRound record) {
        this.record = record;
    }

    @Override
    public void execute(DelegateExecution execution) {
        record.record(Vars.ASSESSED_YEAR.from(execution), RoundEntries.of(execution), execution.getProcessInstanceId());
    }
}
