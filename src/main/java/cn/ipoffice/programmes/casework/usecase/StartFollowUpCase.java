package cn.ipoffice.programmes.casework.usecase;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.deadlines.Term;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * The stage that follows another (PM-7, PM-15, PM-16, PM-29, CA-9, CA-17, CA-18): its round and its term, which
 * runs 3 years from its first day, whatever the programme (PM-13, PM-15, PM-27, CA-9, CA-18).
 */
@Service("startFollowUpCaseUseCase")
public class StartFollowUpCase {

    public static final int TERM_YEARS = 3;

    /** The next stage's case: its process, its round, its term, and whether it owes the PM-8 work plan. */
    public record FollowUp(String processKey, int round, Term term, boolean workPlanOwed) {
    }

    public FollowUp next(String processKey, int round, LocalDate termStart, boolean workPlanOwed) {
        return new FollowUp(processKey, round, DeadlineCalendar.term(termStart, TERM_YEARS), workPlanOwed);
    }
}
