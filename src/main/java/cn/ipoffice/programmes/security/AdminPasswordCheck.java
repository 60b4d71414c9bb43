package cn.ipoffice.programmes.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start without an administrator password: outside the demo profile nobody could
 * otherwise log in, or everybody could with a guessed default.
 */
public class AdminPasswordCheck implements EnvironmentPostProcessor {

    static final String PASSWORD = "camunda.bpm.admin-user.password";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String password = environment.getProperty(PASSWORD, "");
        if (password.isBlank()) {
            throw new IllegalStateException("No administrator password is configured. Set the environment variable "
                    + "IPP_ADMIN_PASSWORD (property " + PASSWORD + "), or start with the demo profile "
                    + "(--spring.profiles.active=demo) for the demo users.");
        }
    }
}
