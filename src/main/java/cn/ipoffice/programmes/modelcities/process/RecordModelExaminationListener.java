package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.modelcities.ModelCityExaminationProcess.Vars;
import cn.ipoffice.programmes.modelcities.usecase.RecordModelExamination;
import cn.ipoffice.programmes.modelcities.usecase.RecordModelExamination.Examination;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordModelExamination}}: the complete listener of {@code Task_ExamineModelCity} in {@code model-city-examination} (PM-23, I-8). SIPO's
 * grade, patent strength index and share of targets met go into the register in the transaction that completes
 * the task, after the form's own checks; a task that ends without being completed records nothing.
 */
@Component("recordModelExamination")
class RecordModelExaminationListener implements TaskListener {

    private final RecordModelExamination record;

    RecordModelExaminationListener(RecordModelExamination record) {
        this.record = record;
    }

    @Override
    public void notify(DelegateTask task) {
        record.record(CaseFacts.holderId(task), new Examination(Vars.EXAMINATION_YEAR.from(task),
                Vars.EXAMINATION_GRADE.from(task), Vars.PATENT_STRENGTH_INDEX.from(task),
                Vars.TARGETS_MET_PERCENT.from(task)), task.getProcessInstanceId());
    }
}
