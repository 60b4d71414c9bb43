package cn.ipoffice.programmes.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipoffice.programmes.IpProgrammesApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Outside the demo profile, production's included, start-up fails with a clear message when no administrator password is set. */
class AdminPasswordCheckTest {

    @Test
    void startUpWithoutAnAdministratorPasswordFails() {
        assertRefusedWithoutPassword(new SpringApplicationBuilder(IpProgrammesApplication.class),
                "--spring.datasource.url=jdbc:h2:mem:no-admin");
    }

    @Test
    void theProductionProfileRefusesToStartWithoutAnAdministratorPassword() {
        assertRefusedWithoutPassword(new SpringApplicationBuilder(IpProgrammesApplication.class).profiles("postgres"),
                "--IPP_DB_URL=jdbc:postgresql://localhost:1/none");
    }

    private static void assertRefusedWithoutPassword(SpringApplicationBuilder application, String database) {
        assertThatThrownBy(() -> application.run("--camunda.bpm.admin-user.password=", database))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No administrator password is configured")
                .hasMessageContaining("IPP_ADMIN_PASSWORD");
    }
}
