package cn.ipoffice.programmes.security;

import cn.ipoffice.programmes.support.WebappSession;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.IpProgrammesApplication;
import cn.ipoffice.programmes.support.Http;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production profile ({@code postgres}) as it runs, on a real PostgreSQL server configured through the
 * environment variables of docs/operations.md "Run in production": HSTS everywhere, Secure cookies, the password policy on.
 */
class ProductionProfileTest {

    /** What an operator sets in IPP_ADMIN_PASSWORD: a password the policy accepts. */
    private static final String ADMIN_PASSWORD = "Prod-Pass-2024!";
    /** The Secure attribute of a Set-Cookie line, however the server spaces it. */
    private static final String SECURE = "(?i);\\s*Secure\\s*(;|$)";
    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext application;
    private static String base;

    @BeforeAll
    static void startInProduction() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        application = new SpringApplicationBuilder(IpProgrammesApplication.class)
                .profiles("postgres")
                .run("--IPP_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"), "--IPP_DB_USER=postgres",
                        "--IPP_DB_PASSWORD=postgres", "--IPP_ADMIN_PASSWORD=" + ADMIN_PASSWORD, "--server.port=0",
                        // Nothing here is due; the job executor need not poll.
                        "--camunda.bpm.job-execution.enabled=false");
        base = "http://localhost:" + application.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() throws IOException {
        if (application != null) {
            application.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/camunda/app/tasklist/default/", "/engine-rest/engine", "/engine-rest/task", "/api/register/holders"})
    void everyResponseTellsTheBrowserToKeepToHttps(String path) {
        HttpResponse<String> response = Http.anonymous(base).get(path);

        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age=31536000"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void theSessionAndCsrfCookiesAreSecureAndHttpOnly() {
        WebappSession session = WebappSession.loggedIn(base, "admin", ADMIN_PASSWORD);

        assertThat(session.setCookie("JSESSIONID")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsPattern(SECURE).containsIgnoringCase("HttpOnly"));
        assertThat(session.setCookie("XSRF-TOKEN")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsPattern(SECURE));
    }

    @Test
    void thePasswordPolicyIsOn_andLoginsAreThrottled() {
        ProcessEngineConfigurationImpl engine = application.getBean(ProcessEngineConfigurationImpl.class);

        assertThat(engine.isEnablePasswordPolicy()).isTrue();
        assertThat(application.getBean(IdentityService.class).checkPasswordAgainstPolicy("demo").isValid()).isFalse();
        assertThat(engine.getLoginMaxAttempts()).isEqualTo(10);
        assertThat(engine.getLoginDelayBase()).isEqualTo(3);
    }

    /** Authorized lists weigh each row through the grants' indexes (application-postgres.yaml says why). */
    @Test
    void authorizedQueriesCheckEachRowWithRevokes() {
        assertThat(application.getBean(ProcessEngineConfigurationImpl.class).getAuthorizationCheckRevokes())
                .isEqualTo(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_ALWAYS);
    }

    @Test
    void theH2ConsoleIsNotThere() {
        assertThat(Http.anonymous(base).get("/h2-console/").statusCode()).isEqualTo(404);
    }
}
