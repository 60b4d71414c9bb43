package cn.ipoffice.programmes.casework;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.engine.EngineClockAdapter;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What every delegate asks of its case: its holder, today's date and the step it runs. */
public final class CaseFacts {

    private CaseFacts() {
    }

    public static String holderId(VariableScope scope) {
        return CaseVariables.HOLDER_ID.from(scope);
    }

    /**
     * The holder a case is about, whatever stage it is in: its {@code holderId}, else its business key
     * (docs/rules.md "Identifiers"); none while an application has not yet named its applicant.
     */
    public static Optional<String> holderOf(VariableScope caseScope, String businessKey) {
        String key = CaseVariables.HOLDER_ID.optionalFrom(caseScope).orElse(businessKey);
        return key == null || key.isBlank() ? Optional.empty() : Optional.of(key);
    }

    /** The holder of a running case, from its process instance. */
    public static Optional<String> holderOf(DelegateExecution processInstance) {
        return holderOf(processInstance, processInstance.getProcessBusinessKey());
    }

    /** Today in China Standard Time by the engine's clock. */
    public static LocalDate today() {
        return DeadlineCalendar.dayOf(EngineClockAdapter.engineNow());
    }

    /** The step a delegate runs, for its use case's register writes. */
    public static Step step(DelegateExecution execution) {
        return new Step(holderId(execution), execution.getProcessInstanceId());
    }
}
