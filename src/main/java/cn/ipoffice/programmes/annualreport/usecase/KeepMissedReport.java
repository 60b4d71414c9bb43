package cn.ipoffice.programmes.annualreport.usecase;

import cn.ipoffice.programmes.register.Register;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * I-12: a report still owed when its case ends before it was recorded (the term or round it belongs to ended and
 * took it along) stays on the holder's record as missed, with its year and rule; never silently dropped.
 */
@Service("keepMissedReportUseCase")
public class KeepMissedReport {

    private final Register register;

    public KeepMissedReport(Register register) {
        this.register = register;
    }

    /** A holder the register does not know (a case started for a holder never entered) has no record to keep it on. */
    public void caseEnded(String holderId, String ruleId, int year, LocalDate endedOn, String caseId) {
        if (register.holder(holderId).isEmpty()) {
            return;
        }
        register.recordMissedReport(holderId, ruleId, year, ruleId + ", I-12: the " + year + " report was not delivered; "
                + "its case ended on " + endedOn + " when the holder's stage moved on", caseId);
    }
}
