package cn.ipoffice.programmes.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipoffice.programmes.IpProgrammesApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Outside the demo profile, start-up fails with a clear message when no administrator password is set. */
class AdminPasswordCheckTest {

    @Test
    void startUpWithoutAnAdministratorPasswordFails() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(IpProgrammesApplication.class)
                .run("--camunda.bpm.admin-user.password=", "--spring.datasource.url=jdbc:h2:mem:no-admin"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No administrator password is configured")
                .hasMessageContaining("IPP_ADMIN_PASSWORD");
    }
}
