package cn.ipoffice.programmes.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipoffice.programmes.IpProgrammesApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The H2 console, which would open the whole database, stops the start-up in every profile, saying why. */
class H2ConsoleRefusalTest {

    @Test
    void anEnabledH2ConsoleIsRefusedInEveryProfile() {
        for (String profile : new String[] {"default", "demo", "postgres"}) {
            assertThatThrownBy(() -> new SpringApplicationBuilder(IpProgrammesApplication.class).profiles(profile)
                    .run("--spring.h2.console.enabled=true", "--camunda.bpm.admin-user.password=Some-Pass-2024",
                            "--spring.datasource.url=jdbc:h2:mem:h2-console-" + profile))
                    .as(profile).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("The H2 console is enabled")
                    .hasMessageContaining("spring.h2.console.enabled");
        }
    }
}
