package cn.ipoffice.programmes.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start with the H2 console enabled, in any profile: the console opens the whole database,
 * register and engine alike, to anyone who reaches its page, past every authorization of the product.
 */
public class H2ConsoleRefusal implements EnvironmentPostProcessor {

    static final String CONSOLE = "spring.h2.console.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty(CONSOLE, Boolean.class, false)) {
            throw new IllegalStateException("The H2 console is enabled (" + CONSOLE + "=true). It would let anyone "
                    + "who reaches it read and change the whole database, past every authorization; remove the setting.");
        }
    }
}
