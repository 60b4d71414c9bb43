package cn.ipoffice.programmes.benchmark;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The baseline's service tasks: the engine's cost of a step, without any rule or register write. The baseline
 * calls it by {@code delegateExpression="${benchmarkNoOp}"}, as the product's diagrams call their delegates (the
 * deployment policy refuses {@code camunda:class}); {@link Registration} puts the bean into the benchmark's
 * application contexts through Spring Boot's {@code context.initializer.classes}.
 */
public class NoOpDelegate implements JavaDelegate {

    /** The bean name the baseline's service tasks call. */
    static final String BEAN = "benchmarkNoOp";

    @Override
    public void execute(DelegateExecution execution) {
        // Deliberately empty: the baseline measures the engine alone.
    }

    /** Registers the delegate in an application context before it is refreshed. */
    public static class Registration implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getBeanFactory().registerSingleton(BEAN, new NoOpDelegate());
        }
    }
}
