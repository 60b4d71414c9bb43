package cn.ipoffice.programmes.modelcities.usecase;

import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess;
import cn.ipoffice.programmes.modelcities.ModelCityTermProcess;
import cn.ipoffice.programmes.pilotcities.DemonstrationFosteringProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * PM-31, PM-32, I-4: on a verified finding the holder's running cases of the title end, an application in progress
 * is disqualified, and the title is cancelled (PM-31) or withdrawn (PM-32) in the register. No ban is written (I-4);
 * bans are per title, so the holder's other titles stand.
 */
@Service("withdrawTitleUseCase")
public class WithdrawTitle {

    /** The processes that carry each title, applications in progress included. */
    static final Map<Title, List<String>> CASES = Map.of(
            Title.PILOT_CITY, List.of(PilotCityApplicationProcess.KEY, PilotCityRoundProcess.KEY),
            Title.DEMONSTRATION_FOSTERING, List.of(DemonstrationFosteringProcess.KEY),
            Title.MODEL_CITY, List.of(ModelCityApplicationProcess.KEY, ModelCityTermProcess.KEY));

    private final Register register;
    private final RunningCases runningCases;

    public WithdrawTitle(Register register, RunningCases runningCases) {
        this.register = register;
        this.runningCases = runningCases;
    }

    /** Withdraws on the finding; {@code caseId} is the withdrawal's own case, which goes on. */
    public void withdraw(WithdrawalFinding finding, String caseId) {
        String reason = finding.reason();
        runningCases.end(finding.holderId(), CASES.get(finding.title()), reason, caseId);
        register.closeActive(finding.holderId(), finding.title(),
                finding.ground().cancels() ? DesignationStatus.CANCELLED : DesignationStatus.WITHDRAWN,
                finding.ground().ruleId(), reason);
    }
}
