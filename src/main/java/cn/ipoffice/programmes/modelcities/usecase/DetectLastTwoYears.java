package cn.ipoffice.programmes.modelcities.usecase;

import cn.ipoffice.programmes.modelcities.TitleWithdrawalProcess;
import cn.ipoffice.programmes.modelcities.rules.LastTwoYearsRunning;
import cn.ipoffice.programmes.modelcities.rules.WithdrawalGround;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * PM-32(c): a pilot or fostering city last of its category two years running is put to SIPO for confirmation,
 * once: the finding to open a {@code title-withdrawal} case with, if the city holds such a title, has none running
 * and SIPO has not yet decided the same pair of years (a dismissed finding stays dismissed; a later pair is new).
 */
@Service("detectLastTwoYearsUseCase")
public class DetectLastTwoYears {

    private final Register register;
    private final RunningCases runningCases;

    public DetectLastTwoYears(Register register, RunningCases runningCases) {
        this.register = register;
        this.runningCases = runningCases;
    }

    public Optional<DetectedFinding> detect(String holderId, LocalDate today) {
        Optional<LastTwoYearsRunning.Finding> finding = LastTwoYearsRunning.latestPair(register.assessmentsOf(holderId)
                .stream().map(a -> new LastTwoYearsRunning.Placing(a.getYear(), a.getRank(), a.getCategorySize())).toList());
        // Most assessments find nothing; the title and the running cases are looked up only for a finding.
        if (finding.isEmpty()) {
            return Optional.empty();
        }
        LastTwoYearsRunning.Finding pair = finding.get();
        if (register.findingDecision(holderId, LastTwoYearsRunning.RULE, pair.firstYear(), pair.secondYear()).isPresent()) {
            return Optional.empty();
        }
        Optional<Title> title = register.activeDesignation(holderId, Title.DEMONSTRATION_FOSTERING).map(Designation::getTitle)
                .or(() -> register.activeDesignation(holderId, Title.PILOT_CITY).map(Designation::getTitle));
        if (title.isEmpty() || runningCases.any(TitleWithdrawalProcess.KEY, holderId)) {
            return Optional.empty();
        }
        return Optional.of(new DetectedFinding(new WithdrawalFinding(holderId, title.get(),
                WithdrawalGround.LAST_TWO_YEARS_RUNNING, today, pair.text()), pair.firstYear(), pair.secondYear()));
    }
}
