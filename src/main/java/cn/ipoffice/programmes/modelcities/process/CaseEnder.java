package cn.ipoffice.programmes.modelcities.process;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Ends a holder's running cases of some processes, with a reason that Cockpit shows. */
final class CaseEnder {

    /** Far above what one holder runs at once, and within the engine's query limit (application.yaml). */
    private static final int MOST_CASES_OF_A_HOLDER = 100;

    private CaseEnder() {
    }

    static int end(RuntimeService runtimeService, String holderId, List<String> processKeys, String reason, String except) {
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
