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
 * once: the finding to open a {@code title-withdrawal} case with, if the city holds such a title and has none running.
 */
@Service("detectLastTwoYearsUseCase")
public class DetectLastTwoYears {

    private final Register register;
    private final RunningCases runningCases;

    public DetectLastTwoYears(Register register, RunningCases runningCases) {
        this.register = register;
        this.runningCases = runningCases;
    }

    public Optional<WithdrawalFinding> detect(String holderId, LocalDate today) {
        Optional<String> finding = LastTwoYearsRunning.detect(register.assessmentsOf(holderId).stream()
                .map(a -> new LastTwoYearsRunning.Placing(a.getYear(), a.getRank(), a.getCategorySize())).toList());
        // Most assessments find nothing; the title and the running cases are looked up only for a finding.
        if (finding.isEmpty()) {
            return Optional.empty();
        }
        Optional<Title> title = register.activeDesignation(holderId, Title.DEMONSTRATION_FOSTERING).map(Designation::getTitle)
                .or(() -> register.activeDesignation(holderId, Title.PILOT_CITY).map(Designation::getTitle));
        if (title.isEmpty() || runningCases.any(TitleWithdrawalProcess.KEY, holderId)) {
            return Optional.empty();
        }
        return Optional.of(new WithdrawalFinding(holderId, title.get(), WithdrawalGround.LAST_TWO_YEARS_RUNNING, today,
                finding.get()));
    }
}
