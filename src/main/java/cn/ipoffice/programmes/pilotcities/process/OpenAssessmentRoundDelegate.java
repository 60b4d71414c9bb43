package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseRefusedException;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.pilotcities.ProvincialAssessmentRoundProcess;
import cn.ipoffice.programmes.pilotcities.ProvincialAssessmentRoundProcess.Vars;
import cn.ipoffice.programmes.pilotcities.usecase.OpenAssessmentRound;
import cn.ipoffice.programmes.pilotcities.usecase.OpenAssessmentRound.Round;
import cn.ipoffice.programmes.register.Viewer;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * {@code ${openAssessmentRound}} behind {@code Task_OpenRound} (PM-9): the round's year and cities, and its business
 * key, the province and the year ({@code 32-2024}); a refused year, or a round of the year already open, refuses the
 * start, and nothing is created.
 */
@Component("openAssessmentRound")
class OpenAssessmentRoundDelegate implements JavaDelegate {

    private final OpenAssessmentRound openRound;
    private final RuntimeService runtimeService;

    OpenAssessmentRoundDelegate(OpenAssessmentRound openRound, @Lazy RuntimeService runtimeService) {
        this.openRound = openRound;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String province = CaseFacts.holderId(execution);
        int year = Vars.ASSESSED_YEAR.from(execution);
        Round round;
        try {
            round = openRound.open(province, year, CaseFacts.today());
        } catch (IllegalArgumentException refused) {
            throw new CaseRefusedException(refused.getMessage());
        }
        String key = province + "-" + year;
        boolean alreadyOpen = runtimeService.createProcessInstanceQuery().processDefinitionKey(ProvincialAssessmentRoundProcess.KEY)
                .processInstanceBusinessKey(key).list().stream()
                .anyMatch(other -> !other.getId().equals(execution.getProcessInstanceId()));
        if (alreadyOpen) {
            throw new CaseRefusedException("assessedYear: the assessment round of " + year + " of province " + province
                    + " is already open");
        }
        execution.setProcessBusinessKey(key);
        CaseVariables.PROVINCE_GROUP.set(execution, Viewer.provinceGroupOf(province));
        Vars.REPORTS_DUE_ON.set(execution, round.reportsDueOn());
        Vars.ROUND_CITIES.set(execution, String.join(",", round.cityIds()));
        Vars.ROUND_SIZE.set(execution, round.cityIds().size());
        Vars.CITIES_TO_ASSESS.set(execution, !round.cityIds().isEmpty());
    }
}
