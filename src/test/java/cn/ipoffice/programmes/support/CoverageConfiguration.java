package cn.ipoffice.programmes.support;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Scope;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

/**
 * Process test coverage for the engine of the process tests: the engine's coverage listeners, and for
 * camunda-process-test-coverage's Spring test execution listener the settings of the class it is about to run
 * ({@link ProcessCoverage}). The listener reads the settings once per class, before the class's first test.
 */
@TestConfiguration
class CoverageConfiguration {

    /** The test class whose coverage is being set up (the classes of a JVM run one after the other). */
    private static volatile Class<?> testClass;

    /**
     * Off ({@code -Dipp.test.coverage=false}) for the classes that start cases before their first test, which the
     * coverage listeners refuse, in the JVMs of their own where they run (pom.xml).
     */
    @Bean
    @ConditionalOnProperty(name = "ipp.test.coverage", havingValue = "true", matchIfMissing = true)
    ProcessEnginePlugin processTestCoverage() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
            }
        };
    }

    /** Made anew each time the coverage listener asks, for the class that is starting. */
    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    ProcessEngineCoverageProperties coverageOfTheClass() {
        ProcessCoverage coverage = testClass == null ? null
                : TestContextAnnotationUtils.findMergedAnnotation(testClass, ProcessCoverage.class);
        ProcessEngineCoverageProperties.Builder properties = ProcessEngineCoverageProperties.builder();
        if (coverage != null) {
            properties.excludeProcessDefinitionKeys(coverage.exclude());
            if (coverage.atLeast() >= 0) {
                properties.assertClassCoverageAtLeast(coverage.atLeast());
            }
        }
        return properties.build();
    }

    /**
     * Tells {@link #coverageOfTheClass()} which class starts; ordered just before the coverage listener
     * (registered in META-INF/spring.factories).
     */
    public static final class ClassUnderTest implements TestExecutionListener, Ordered {

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE - 1;
        }

        @Override
        public void beforeTestClass(TestContext context) {
            testClass = context.getTestClass();
        }
    }
}
