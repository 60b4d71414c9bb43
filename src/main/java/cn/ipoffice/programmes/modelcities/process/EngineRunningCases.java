package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.modelcities.usecase.RunningCases;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Apply;
import cn.ipoffice.programmes.register.HolderKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** A holder's running cases are the process instances with the holder's id as business key. */
@Component
class EngineRunningCases implements RunningCases {

    /** Far above what one holder runs at once, and within the engine's query limit (application.yaml). */
    private static final int MOST_CASES_OF_A_HOLDER = 100;

    private final RuntimeService runtimeService;

    EngineRunningCases(@Lazy RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public boolean any(String processKey, String holderId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(holderId).count() > 0;
    }

    /** The applicant's name as its eligibility check set it; its kind from the pilot application's start form. */
    @Override
    public List<Application> applications(String holderId, Collection<String> processKeys) {
        List<Application> applications = new ArrayList<>();
        for (String key : processKeys) {
            for (ProcessInstance instance : runningCases(key, holderId)) {
                Map<String, Object> variables = runtimeService.getVariables(instance.getId(),
                        List.of(CaseVariables.HOLDER_NAME.name(), Apply.CITY_KIND.name()));
                HolderKind kind = variables.get(Apply.CITY_KIND.name()) == null ? null : Apply.CITY_KIND.from(variables);
                applications.add(new Application(instance.getId(), CaseVariables.HOLDER_NAME.from(variables), kind));
            }
        }
        return applications;
    }

    @Override
    public int end(String holderId, Collection<String> processKeys, String reason, String except) {
        int ended = 0;
        for (String key : processKeys) {
            for (ProcessInstance instance : runningCases(key, holderId)) {
                if (!instance.getId().equals(except)) {
                    runtimeService.deleteProcessInstance(instance.getId(), reason);
                    ended++;
                }
            }
        }
        return ended;
    }

    @Override
    public void end(String caseId, String reason) {
        runtimeService.deleteProcessInstance(caseId, reason);
    }

    private List<ProcessInstance> runningCases(String processKey, String holderId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(holderId).listPage(0, MOST_CASES_OF_A_HOLDER);
    }
}
