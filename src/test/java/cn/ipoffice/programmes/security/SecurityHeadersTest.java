package cn.ipoffice.programmes.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.SpringEngine;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Outside production (here the test profile, served over plain HTTP): the webapps, the REST API and the
 * register's API forbid content sniffing and carry a Content-Security-Policy; HSTS is production's only.
 */
@ProcessTest
class SecurityHeadersTest {

    private static HttpResponse<String> get(String path) {
        return Http.anonymous(SpringEngine.baseUrl()).get(path);
    }

    @Test
    void theWebappsCarryNosniffAndAContentSecurityPolicy_butNoHstsOutsideProduction() {
        HttpResponse<String> tasklist = get("/camunda/app/tasklist/default/");

        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(tasklist.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(tasklist.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'").contains("object-src 'none'"));
        assertThat(tasklist.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/engine", "/engine-rest/task", "/api/register/holders"})
    void theRestApiAndTheRegisterCarryNosniffAndARestrictiveCsp_evenOnA401(String path) {
        HttpResponse<String> response = get(path);

        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityHeaders.API_CONTENT_SECURITY_POLICY);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void theH2ConsoleIsNotThere() {
        HttpResponse<String> console = get("/h2-console/");

        assertThat(console.statusCode()).isEqualTo(404);
        assertThat(console.body()).doesNotContainIgnoringCase("H2 Console");
    }
}
