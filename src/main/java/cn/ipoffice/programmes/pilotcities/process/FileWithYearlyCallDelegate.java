package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.casework.usecase.FileWithYearlyCall;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Decide;
import cn.ipoffice.programmes.register.CallProgramme;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${fileWithYearlyCall}} behind {@code Task_EnterYearlyCall} (PM-7, I-14): the complete filing waits in the
 * register for SIPO's yearly call; the office reads in {@code callStatus} which call takes it, or that it waits
 * for the next one.
 */
@Component("fileWithYearlyCall")
class FileWithYearlyCallDelegate implements JavaDelegate {

    private final FileWithYearlyCall fileWithYearlyCall;

    FileWithYearlyCallDelegate(FileWithYearlyCall fileWithYearlyCall) {
        this.fileWithYearlyCall = fileWithYearlyCall;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Decide.CALL_STATUS.set(execution, fileWithYearlyCall.file(CallProgramme.PILOT_CITY, CaseFacts.holderId(execution),
                CaseVariables.HOLDER_NAME.from(execution), execution.getProcessInstanceId()));
    }
}
