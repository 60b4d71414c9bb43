package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.modelcities.ModelCityExaminationProcess;
import cn.ipoffice.programmes.modelcities.ModelCityTermProcess;
import cn.ipoffice.programmes.modelcities.usecase.ExaminationsAwaited;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The terms waiting at {@code Task_AwaitModelExamination} with the year as their local {@code examinedYear}, and
 * the running {@code model-city-examination} cases of a city and year.
 */
@Component
class EngineExaminationsAwaited implements ExaminationsAwaited {

    private final RuntimeService runtimeService;

    EngineExaminationsAwaited(@Lazy RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public List<AwaitedExamination> awaiting(int year) {
        List<AwaitedExamination> cities = new ArrayList<>();
        for (Execution waiting : runtimeService.createExecutionQuery().processDefinitionKey(ModelCityTermProcess.KEY)
                .activityId(ModelCityTermProcess.TASK_AWAIT_EXAMINATION)
                .variableValueEquals(ModelCityTermProcess.Vars.EXAMINED_YEAR.name(), ModelCityTermProcess.Vars.examinedYear(year)).list()) {
            ProcessInstance term = runtimeService.createProcessInstanceQuery()
                    .processInstanceId(waiting.getProcessInstanceId()).singleResult();
            String name = CaseVariables.HOLDER_NAME.from(runtimeService.getVariables(term.getId(),
                    List.of(CaseVariables.HOLDER_NAME.name())));
            cities.add(new AwaitedExamination(term.getBusinessKey(), name));
        }
        cities.sort(Comparator.comparing(AwaitedExamination::holderId));
        return cities;
    }

    @Override
    public boolean open(String holderId, int year) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ModelCityExaminationProcess.KEY)
                .processInstanceBusinessKey(holderId)
                .variableValueEquals(ModelCityExaminationProcess.Vars.EXAMINATION_YEAR.name(), year).count() > 0;
    }
}
