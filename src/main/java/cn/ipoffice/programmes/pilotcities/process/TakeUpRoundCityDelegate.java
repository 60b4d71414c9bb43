package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.pilotcities.ProvincialAssessmentRoundProcess.Vars;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.Register;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${takeUpRoundCity}} behind {@code Task_TakeUpCity} and {@code Task_TakeUpRankedCity} (PM-9): one instance
 * of a per-city subprocess takes up the round's city at its counter, as the subprocess's own {@code holderId} and
 * {@code holderName} (declared local by its inputs), so that its tasks and steps are about that city.
 */
@Component("takeUpRoundCity")
class TakeUpRoundCityDelegate implements JavaDelegate {

    private final Register register;

    TakeUpRoundCityDelegate(Register register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String city = RoundEntries.cities(execution).get(Vars.LOOP_COUNTER.from(execution));
        CaseVariables.HOLDER_ID.set(execution, city);
        CaseVariables.HOLDER_NAME.set(execution, register.holder(city).map(Holder::getName).orElse(city));
    }
}
