package cn.ipoffice.programmes.benchmark;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The baseline's service tasks: the engine's cost of a step, without any rule or register write. */
public class NoOpDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        // Deliberately empty: the baseline measures the engine alone.
    }
}
