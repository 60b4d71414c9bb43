package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseRefusedException;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.pilotcities.ProvincialAssessmentRoundProcess.Vars;
import cn.ipoffice.programmes.pilotcities.usecase.OpenAssessmentRound;
import cn.ipoffice.programmes.pilotcities.usecase.OpenAssessmentRound.Round;
import cn.ipoffice.programmes.register.Viewer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${openAssessmentRound}} behind {@code Task_OpenRound} (PM-9): the round's year and cities; a refused year
 * refuses the start, and nothing is created.
 */
@Component("openAssessmentRound")
class OpenAssessmentRoundDelegate implements JavaDelegate {

    private final OpenAssessmentRound openRound;

    OpenAssessmentRoundDelegate(OpenAssessmentRound openRound) {
        this.openRound = openRound;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String province = CaseFacts.holderId(execution);
        Round round;
        try {
            round = openRound.open(province, Vars.ASSESSED_YEAR.from(execution), CaseFacts.today());
        } catch (IllegalArgumentException refused) {
            throw new CaseRefusedException(refused.getMessage());
        }
        CaseVariables.PROVINCE_GROUP.set(execution, Viewer.provinceGroupOf(province));
        Vars.REPORTS_DUE_ON.set(execution, round.reportsDueOn());
        Vars.ROUND_CITIES.set(execution, String.join(",", round.cityIds()));
        Vars.ROUND_SIZE.set(execution, round.cityIds().size());
        Vars.CITIES_TO_ASSESS.set(execution, !round.cityIds().isEmpty());
    }
}
