package cn.ipoffice.programmes.pilotcities.usecase;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.register.CallProgramme;
import cn.ipoffice.programmes.register.YearlyCall;
import cn.ipoffice.programmes.register.YearlyCalls;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * {@code Task_EnterYearlyCall} (PM-7, I-14): the application filed with SIPO waits in the register for SIPO's
 * yearly call. Filed while a call is open and before 24:00 CST of its closing date, that call takes it at its
 * closing; filed when no call is open, or after the open call's closing, it waits for the next call. The office
 * reads which in the answer.
 */
@Service("fileWithYearlyCallUseCase")
public class FileWithYearlyCall {

    public static final String RULE = "PM-7, I-14";

    private final YearlyCalls calls;
    private final Clock clock;

    public FileWithYearlyCall(YearlyCalls calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    /** What the office reads of where its application waits. */
    public String file(String holderId, String holderName, String applicationCaseId) {
        Instant now = clock.instant();
        calls.file(CallProgramme.PILOT_CITY, holderId, holderName, applicationCaseId, now);
        LocalDate filedOn = DeadlineCalendar.dayOf(now);
        String listName = CallProgramme.PILOT_CITY.listName();
        Optional<YearlyCall> open = calls.openFor(CallProgramme.PILOT_CITY, now);
        if (open.isPresent()) {
            return "Filed with SIPO on " + filedOn + " within SIPO's " + open.get().getYear() + " call for " + listName
                    + ", which closes on " + open.get().getClosingDate() + " at 24:00 CST; SIPO decides it with the "
                    + "call's batch (" + RULE + ")";
        }
        String why = calls.closedBefore(CallProgramme.PILOT_CITY, now)
                .map(closed -> "after the closing of SIPO's " + closed.getYear() + " call for " + listName + " on "
                        + closed.getClosingDate())
                .orElse("when no call for " + listName + " was open");
        return "Filed with SIPO on " + filedOn + ", " + why + ": it waits for SIPO's next call (" + RULE + ")";
    }
}
