package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.modelcities.usecase.RunningCases;
import java.util.Collection;
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

    @Override
    public int end(String holderId, Collection<String> processKeys, String reason, String except) {
        int ended = 0;
        for (String key : processKeys) {
            for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processDefinitionKey(key)
                    .processInstanceBusinessKey(holderId).listPage(0, MOST_CASES_OF_A_HOLDER)) {
                if (!instance.getId().equals(except)) {
                    runtimeService.deleteProcessInstance(instance.getId(), reason);
                    ended++;
                }
            }
        }
        return ended;
    }
}
