package cn.ipoffice.programmes.modelcities.usecase;

import cn.ipoffice.programmes.casework.Step;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess;
import cn.ipoffice.programmes.modelcities.ModelCityTermProcess;
import cn.ipoffice.programmes.modelcities.rules.FindingTarget;
import cn.ipoffice.programmes.modelcities.usecase.RunningCases.Application;
import cn.ipoffice.programmes.pilotcities.DemonstrationFosteringProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.rules.Decision;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * PM-31, PM-32, I-4: on a verified finding the holder's running cases of the title end, and the title is cancelled
 * (PM-31) or withdrawn (PM-32) in the register. Fraud also disqualifies an application for the title in progress
 * (PM-31): the register records the disqualification, and a city still applying for its first title, which the
 * register did not know, is entered with it. No ban is written (I-4); bans are per title, so the holder's other titles
 * stand. A finding with nothing to act on ({@link FindingTarget}) changes nothing.
 */
@Service("withdrawTitleUseCase")
public class WithdrawTitle {

    /** The processes that carry each title, applications in progress included. */
    static final Map<Title, List<String>> CASES = Map.of(
            Title.PILOT_CITY, List.of(PilotCityApplicationProcess.KEY, PilotCityRoundProcess.KEY),
            Title.DEMONSTRATION_FOSTERING, List.of(DemonstrationFosteringProcess.KEY),
            Title.MODEL_CITY, List.of(ModelCityApplicationProcess.KEY, ModelCityTermProcess.KEY));

    /** The applications for each title. */
    static final Map<Title, List<String>> APPLICATIONS = Map.of(
            Title.PILOT_CITY, List.of(PilotCityApplicationProcess.KEY),
            Title.DEMONSTRATION_FOSTERING, List.of(),
            Title.MODEL_CITY, List.of(ModelCityApplicationProcess.KEY));

    private final Register register;
    private final RunningCases runningCases;

    public WithdrawTitle(Register register, RunningCases runningCases) {
        this.register = register;
        this.runningCases = runningCases;
    }

    /**
     * Withdraws on the finding, decided {@code today}; {@code caseId} is the withdrawal's own case, which goes on.
     * A refusal (the finding acts on nothing) is answered before anything changes.
     */
    public Decision withdraw(WithdrawalFinding finding, String caseId, LocalDate today) {
        String holderId = finding.holderId();
        List<Application> applications = runningCases.applications(holderId, APPLICATIONS.get(finding.title()));
        Decision target = FindingTarget.decide(finding.ground(), holderId, finding.title(),
                register.holder(holderId).isPresent(), register.activeDesignation(holderId, finding.title()).isPresent(),
                !applications.isEmpty());
        if (!target.allowed()) {
            return target;
        }
        List<String> casesOfTheTitle = CASES.get(finding.title());
        if (finding.ground().cancels()) {
            applications.forEach(application -> disqualify(finding, application, caseId, today));
            casesOfTheTitle = casesOfTheTitle.stream()
                    .filter(key -> !APPLICATIONS.get(finding.title()).contains(key)).toList();
        }
        runningCases.end(holderId, casesOfTheTitle, finding.reason(), caseId);
        register.closeActive(holderId, finding.title(),
                finding.ground().cancels() ? DesignationStatus.CANCELLED : DesignationStatus.WITHDRAWN,
                finding.ground().ruleId(), finding.reason());
        return target;
    }

    private void disqualify(WithdrawalFinding finding, Application application, String caseId, LocalDate today) {
        String holderId = finding.holderId();
        String ruleId = finding.ground().ruleId();
        if (register.holder(holderId).isEmpty()) {
            if (application.kind() == null) {
                throw new IllegalStateException("The application " + application.caseId() + " names no kind of city for "
                        + holderId + ", which the register does not know");
            }
            register.enterHolder(holderId, application.holderName(), application.kind());
        }
        register.recordDisqualification(holderId, finding.title(), ruleId, today, finding.disqualification(),
                application.caseId(), caseId, new Step(holderId, application.caseId()).key(ruleId));
        runningCases.end(application.caseId(), finding.disqualification());
    }
}
