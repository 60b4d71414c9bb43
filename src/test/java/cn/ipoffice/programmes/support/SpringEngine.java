package cn.ipoffice.programmes.support;

import cn.ipoffice.programmes.IpProgrammesApplication;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Hands the application's own engine, started once with the real diagrams, delegates and register,
 * to {@code ProcessEngineCoverageExtension}, which otherwise builds an engine of its own.
 */
public final class SpringEngine extends StandaloneProcessEngineConfiguration {

    private static ConfigurableApplicationContext context;

    public static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            context = new SpringApplicationBuilder(IpProgrammesApplication.class, CoverageConfiguration.class)
                    .profiles("test")
                    .properties("server.port=0")
                    .run();
        }
        return context;
    }

    /** Where the application answers, e.g. {@code http://localhost:40123}. */
    public static String baseUrl() {
        return "http://localhost:" + context().getEnvironment().getProperty("local.server.port");
    }

    public static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    @Override
    public ProcessEngine buildProcessEngine() {
        return bean(ProcessEngine.class);
    }
}
