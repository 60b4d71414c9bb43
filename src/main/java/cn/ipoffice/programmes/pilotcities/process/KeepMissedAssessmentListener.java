package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import cn.ipoffice.programmes.pilotcities.usecase.KeepMissedAssessment;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${keepMissedAssessment}}: the end listener of the PM-9 assessment tasks ({@code Task_AssessPerformance},
 * {@code Task_AssessFosteringPerformance}). A task that ends cancelled (its case ended and took it
 * along) before the assessment was made keeps the year on the record as missed (I-12), as {@code keepMissedReport}
 * does for a report.
 */
@Component("keepMissedAssessment")
class KeepMissedAssessmentListener implements ExecutionListener {

    private final KeepMissedAssessment keepMissedAssessment;

    KeepMissedAssessmentListener(KeepMissedAssessment keepMissedAssessment) {
        this.keepMissedAssessment = keepMissedAssessment;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            keepMissedAssessment.caseEnded(CaseFacts.holderId(execution), Vars.REPORT_YEAR.from(execution) - 1,
                    CaseFacts.today());
        }
    }
}
