package cn.ipoffice.programmes.modelcities.process;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Ends a holder's running cases of some processes, with a reason that Cockpit shows. */
final class CaseEnder {

    private CaseEnder() {
    }

    static int end(RuntimeService runtimeService, String holderId, List<String> processKeys, String reason, String except) {
        int ended = 0;
        for (String key : processKeys) {
            for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processDefinitionKey(key)
                    .processInstanceBusinessKey(holderId).list()) {
                if (!instance.getId().equals(except)) {
                    runtimeService.deleteProcessInstance(instance.getId(), reason);
                    ended++;
                }
            }
        }
        return ended;
    }
}
