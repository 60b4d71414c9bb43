package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseRefusedException;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.modelcities.ModelCityExaminationProcess;
import cn.ipoffice.programmes.modelcities.ModelExaminationRoundProcess.Vars;
import cn.ipoffice.programmes.modelcities.usecase.OpenModelExaminations;
import cn.ipoffice.programmes.modelcities.usecase.OpenModelExaminations.Opening;
import cn.ipoffice.programmes.modelcities.usecase.OpenModelExaminations.Refused;
import cn.ipoffice.programmes.modelcities.usecase.OpenModelExaminations.ToOpen;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * {@code ${openModelExaminations}} behind {@code Task_OpenModelExaminations} (PM-23): one {@code model-city-examination}
 * case per city, held by the city; a refusal refuses SIPO's start form and opens nothing.
 */
@Component("openModelExaminations")
class OpenModelExaminationsDelegate implements JavaDelegate {

    private final OpenModelExaminations open;
    private final RuntimeService runtimeService;

    OpenModelExaminationsDelegate(OpenModelExaminations open, @Lazy RuntimeService runtimeService) {
        this.open = open;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Opening opening = open.open(Vars.EXAMINATION_YEAR.from(execution), CaseFacts.today());
        if (opening instanceof Refused refused) {
            throw new CaseRefusedException(refused.reason());
        }
        ToOpen toOpen = (ToOpen) opening;
        toOpen.cities().forEach(city -> runtimeService.createProcessInstanceByKey(ModelCityExaminationProcess.KEY)
                .businessKey(city.holderId())
                .setVariable(CaseVariables.HOLDER_ID.name(), CaseVariables.HOLDER_ID.stored(city.holderId()))
                .setVariable(CaseVariables.HOLDER_NAME.name(), CaseVariables.HOLDER_NAME.stored(city.holderName()))
                .setVariable(Vars.EXAMINATION_YEAR.name(), Vars.EXAMINATION_YEAR.stored(toOpen.year()))
                .execute());
    }
}
