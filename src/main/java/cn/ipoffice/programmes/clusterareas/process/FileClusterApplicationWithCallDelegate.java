package cn.ipoffice.programmes.clusterareas.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.casework.usecase.FileWithYearlyCall;
import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess.Decide;
import cn.ipoffice.programmes.register.CallProgramme;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${fileClusterApplicationWithCall}} behind {@code Task_EnterClusterCall} (CA-8, I-14): the application the
 * provincial department forwarded waits in the register for SIPO's yearly call for cluster areas; the offices read in
 * {@code callStatus} which call takes it, or that it waits for the next one.
 */
@Component("fileClusterApplicationWithCall")
class FileClusterApplicationWithCallDelegate implements JavaDelegate {

    private final FileWithYearlyCall fileWithYearlyCall;

    FileClusterApplicationWithCallDelegate(FileWithYearlyCall fileWithYearlyCall) {
        this.fileWithYearlyCall = fileWithYearlyCall;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Decide.CALL_STATUS.set(execution, fileWithYearlyCall.file(CallProgramme.CLUSTER_AREA,
                CaseFacts.holderId(execution), CaseVariables.HOLDER_NAME.from(execution), execution.getProcessInstanceId()));
    }
}
