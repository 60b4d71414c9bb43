package cn.ipoffice.programmes.casework.usecase;

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
 * The step that enters an application in SIPO's yearly call of its programme (PM-7, PM-20, CA-8, I-14):
 * {@code Task_EnterYearlyCall} of a pilot city, {@code Task_EnterModelCall} of a recommended model-city candidate,
 * {@code Task_EnterClusterCall} of a forwarded cluster area. The application waits in the register for the call.
 * Filed while a call of its programme is open and before 24:00 CST of its closing date, that call takes it at its
 * closing; filed when no call is open, or after the open call's closing, it waits for the next call. The office
 * reads which in the answer.
 */
@Service("fileWithYearlyCallUseCase")
public class FileWithYearlyCall {

    private final YearlyCalls calls;
    private final Clock clock;

    public FileWithYearlyCall(YearlyCalls calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    /** What the office reads of where its application waits. */
    public String file(CallProgramme programme, String holderId, String holderName, String applicationCaseId) {
        Instant now = clock.instant();
        calls.file(programme, holderId, holderName, applicationCaseId, now);
        LocalDate filedOn = DeadlineCalendar.dayOf(now);
        String listName = programme.listName();
        String rule = programme.ruleId() + ", I-14";
        Optional<YearlyCall> open = calls.openFor(programme, now);
        if (open.isPresent()) {
            return "Filed with SIPO on " + filedOn + " within SIPO's " + open.get().getYear() + " call for " + listName
                    + ", which closes on " + open.get().getClosingDate() + " at 24:00 CST; SIPO decides it with the "
                    + "call's batch (" + rule + ")";
        }
        String why = calls.closedBefore(programme, now)
                .map(closed -> "after the closing of SIPO's " + closed.getYear() + " call for " + listName + " on "
                        + closed.getClosingDate())
                .orElse("when no call for " + listName + " was open");
        return "Filed with SIPO on " + filedOn + ", " + why + ": it waits for SIPO's next call (" + rule + ")";
    }
}
