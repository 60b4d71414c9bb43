package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.modelcities.ModelCityExaminationProcess.Vars;
import cn.ipoffice.programmes.modelcities.ModelCityTermProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * {@code ${reportExaminationToTerm}} behind {@code Task_ReportExaminationToTerm} (PM-23): the city's model term waiting
 * for this year's examination goes on, in the transaction that recorded it. A term that ended meanwhile waits for
 * nothing, and the examination stays recorded.
 */
@Component("reportExaminationToTerm")
class ReportExaminationToTermDelegate implements JavaDelegate {

    private final RuntimeService runtimeService;

    ReportExaminationToTermDelegate(@Lazy RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        runtimeService.createMessageCorrelation(ModelCityTermProcess.MESSAGE_EXAMINED)
                .processInstanceBusinessKey(CaseFacts.holderId(execution))
                .localVariableEquals(ModelCityTermProcess.Vars.EXAMINED_YEAR.name(),
                        ModelCityTermProcess.Vars.examinedYear(Vars.EXAMINATION_YEAR.from(execution)))
                .correlateAll();
    }
}
