package cn.ipoffice.programmes.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.SpringEngine;
import cn.ipoffice.programmes.support.TestUsers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /engine-rest and /api/register require HTTP Basic; the register shows each office only its own holders. */
@ProcessTest
class RestSecurityTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String base;

    @BeforeAll
    static void usersAndHolders() {
        base = "http://localhost:" + SpringEngine.context().getEnvironment().getProperty("local.server.port");
        TestUsers.member("sec-jiangsu", "province-32");
        TestUsers.member("sec-zhejiang", "province-33");
        TestUsers.member("sec-sipo", "sipo");
        TestUsers.member("sec-suzhou", "gov-320583");
        Register register = SpringEngine.bean(Register.class);
        register.enterHolder("320583", "Kunshan", HolderKind.COUNTY_LEVEL_CITY);
        register.enterHolder("320584", "Wujiang", HolderKind.MUNICIPALITY_DISTRICT);
        register.enterHolder("330109", "Xiaoshan", HolderKind.MUNICIPALITY_DISTRICT);
        register.grant("330109", Title.PILOT_CITY, DeadlineCalendar.term(LocalDate.of(2025, 3, 1), 3), 1, "PM-7",
                "security-test:330109", null);
    }

    private static HttpResponse<String> put(String path, String user, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", TestUsers.basic(user))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (user != null) {
            request.header("Authorization", user.startsWith("sec-") ? TestUsers.basic(user) : TestUsers.basic(user, "wrong"));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void engineRestAnswers401WithoutCredentials() throws Exception {
        HttpResponse<String> response = get("/engine-rest/task", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
        assertThat(get("/engine-rest/process-definition", "nobody").statusCode()).isEqualTo(401);
    }

    @Test
    void onlyTheListOfEnginesIsOpen() throws Exception {
        assertThat(get("/engine-rest/engine", null).statusCode()).isEqualTo(200);
        assertThat(get("/engine-rest/engine/default/task", null).statusCode()).isEqualTo(401);
    }

    @Test
    void engineRestAnswersAKnownUser() throws Exception {
        assertThat(get("/engine-rest/task?maxResults=100", "sec-jiangsu").statusCode()).isEqualTo(200);
        // Every list a user asks for is paged: an unbounded one is refused (query-max-results-limit).
        assertThat(get("/engine-rest/task", "sec-jiangsu").statusCode()).isEqualTo(400);
    }

    @Test
    void webappApiRequiresLogin() throws Exception {
        assertThat(get("/camunda/api/engine/engine/default/task", null).statusCode()).isEqualTo(401);
    }

    @Test
    void registerRequiresAuthentication() throws Exception {
        assertThat(get("/api/register/holders", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/register/holders/320583", "nobody").statusCode()).isEqualTo(401);
    }

    @Test
    void aProvinceSeesOnlyItsOwnHolders() throws Exception {
        HttpResponse<String> jiangsu = get("/api/register/holders", "sec-jiangsu");
        assertThat(jiangsu.statusCode()).isEqualTo(200);
        assertThat(jiangsu.body()).contains("\"320583\"").contains("\"320584\"").doesNotContain("\"330109\"");
        assertThat(get("/api/register/holders/330109", "sec-jiangsu").statusCode()).isEqualTo(404);
        HttpResponse<String> zhejiang = get("/api/register/holders/330109", "sec-zhejiang");
        assertThat(zhejiang.statusCode()).isEqualTo(200);
        assertThat(zhejiang.body()).contains("\"PILOT_CITY\"").contains("\"termEnd\":\"2028-02-29\"");
    }

    @Test
    void aGovernmentSeesOnlyItself_sipoSeesAll() throws Exception {
        HttpResponse<String> kunshan = get("/api/register/holders", "sec-suzhou");
        assertThat(kunshan.body()).contains("\"320583\"").doesNotContain("\"320584\"").doesNotContain("\"330109\"");
        assertThat(get("/api/register/holders", "sec-sipo").body()).contains("\"320583\"").contains("\"330109\"");
    }

    @Test
    void pm18_onlySipoRecordsTheNationalFigures_allOrNothing() throws Exception {
        String figures = "[{\"holderId\":\"320583\",\"enforcementScore\":91.5,\"pledgeFinancing\":120000},"
                + "{\"holderId\":\"330109\",\"enforcementScore\":88,\"pledgeFinancing\":90000}]";
        assertThat(put("/api/register/figures/2024", "sec-jiangsu", figures).statusCode()).isEqualTo(403);
        HttpResponse<String> recorded = put("/api/register/figures/2024", "sec-sipo", figures);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        assertThat(get("/api/register/figures/2024", "sec-sipo").body()).contains("320583").contains("330109");
        assertThat(get("/api/register/figures/2024", "sec-jiangsu").body()).contains("320583").doesNotContain("330109");

        HttpResponse<String> refused = put("/api/register/figures/2025", "sec-sipo",
                "[{\"holderId\":\"320583\",\"enforcementScore\":90,\"pledgeFinancing\":1},"
                        + "{\"holderId\":\"32058\",\"enforcementScore\":80,\"pledgeFinancing\":1}]");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("entry 2 (holderId 32058): holderId must be a city's 6-digit administrative"
                + " division code");
        assertThat(get("/api/register/figures/2025", "sec-sipo").body()).isEqualTo("[]");
    }

    @Test
    void registerFiltersByTitleAndStatus_andNamesBadValues() throws Exception {
        assertThat(get("/api/register/holders?title=PILOT_CITY&status=ACTIVE", "sec-sipo").body())
                .contains("\"330109\"").doesNotContain("\"320583\"");
        HttpResponse<String> bad = get("/api/register/holders?title=GOLD_CITY", "sec-sipo");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Unknown title 'GOLD_CITY'").contains("PILOT_CITY");
        assertThat(get("/api/register/holders?status=LOST", "sec-sipo").statusCode()).isEqualTo(400);
    }
}
