package cn.ipoffice.programmes.support;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Adds the coverage listeners to the engine of the process tests. */
@TestConfiguration
class CoverageConfiguration {

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
}
