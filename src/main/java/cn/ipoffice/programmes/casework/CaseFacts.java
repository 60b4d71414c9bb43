package cn.ipoffice.programmes.casework;

import cn.ipoffice.programmes.engine.EngineClockAdapter;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.deadlines.Deadlines;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of a case's variables, for the delegates of both programmes. */
public final class CaseFacts {

    private CaseFacts() {
    }

    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    public static String holderId(VariableScope scope) {
        return text(scope, CaseVariables.HOLDER_ID);
    }

    public static int integer(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number number) {
            return number.intValue();
        }
        throw new IllegalStateException("The variable " + name + " is not a number: " + value);
    }

    public static double decimal(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        throw new IllegalStateException("The variable " + name + " is not a number: " + value);
    }

    public static boolean flag(VariableScope scope, String name) {
        return Boolean.TRUE.equals(scope.getVariable(name));
    }

    public static LocalDate day(VariableScope scope, String name) {
        return Deadlines.day(scope.getVariable(name));
    }

    /** Today in China Standard Time by the engine's clock. */
    public static LocalDate today() {
        return DeadlineCalendar.dayOf(EngineClockAdapter.engineNow());
    }

    /** A key unique to this step of this case, so a repeated step writes the register once. */
    public static String stepKey(String ruleId, VariableScope scope, String processInstanceId) {
        return new Step(holderId(scope), processInstanceId).key(ruleId);
    }

    /** The step a delegate runs, for its use case's register writes. */
    public static Step step(DelegateExecution execution) {
        return new Step(holderId(execution), execution.getProcessInstanceId());
    }
}
