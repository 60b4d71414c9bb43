package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.casework.usecase.FileWithYearlyCall;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Decide;
import cn.ipoffice.programmes.register.CallProgramme;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${fileModelCandidateWithCall}} behind {@code Task_EnterModelCall} (PM-20, I-14): the candidate the provincial
 * office recommended waits in the register for SIPO's yearly call for model cities; the office reads in
 * {@code callStatus} which call takes it, or that it waits for the next one.
 */
@Component("fileModelCandidateWithCall")
class FileModelCandidateWithCallDelegate implements JavaDelegate {

    private final FileWithYearlyCall fileWithYearlyCall;

    FileModelCandidateWithCallDelegate(FileWithYearlyCall fileWithYearlyCall) {
        this.fileWithYearlyCall = fileWithYearlyCall;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Decide.CALL_STATUS.set(execution, fileWithYearlyCall.file(CallProgramme.MODEL_CITY, CaseFacts.holderId(execution),
                CaseVariables.HOLDER_NAME.from(execution), execution.getProcessInstanceId()));
    }
}
