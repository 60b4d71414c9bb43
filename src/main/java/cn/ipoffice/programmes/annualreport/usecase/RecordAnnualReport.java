package cn.ipoffice.programmes.annualreport.usecase;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.register.Register;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * CA-15, PM-12, PM-26: a reviewed annual report enters the register with the day it was submitted and whether that
 * was by its deadline, 31 January 24:00 CST of the report's year.
 */
@Service("recordAnnualReportUseCase")
public class RecordAnnualReport {

    /** The report as reviewed: whose, under which rule, of which year, and the reviewer's verdict. */
    public record Review(String holderId, String ruleId, int year, boolean accepted, String remarks) {
    }

    private final Register register;

    public RecordAnnualReport(Register register) {
        this.register = register;
    }

    /** Records the report of the case {@code caseId}, submitted at {@code submittedAt}. */
    public void record(Review review, Instant submittedAt, String caseId) {
        register.recordAnnualReport(review.holderId(), review.ruleId(), review.year(), DeadlineCalendar.dayOf(submittedAt),
                !DeadlineCalendar.isOverdue(DeadlineCalendar.annualReportDue(review.year()), submittedAt),
                review.accepted(), review.remarks(), caseId);
    }
}
