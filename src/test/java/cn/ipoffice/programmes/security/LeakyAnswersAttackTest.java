package cn.ipoffice.programmes.security;

import cn.ipoffice.programmes.support.WebappSession;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.annualreport.AnnualReportProcess.In;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.RestBodies;
import cn.ipoffice.programmes.support.SipoFigures;
import cn.ipoffice.programmes.support.SpringEngine;
import cn.ipoffice.programmes.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Answers tell a user only what the user may see, and bad input is refused as such (400), never as a server
 * failure with the database's text. Yangzhou (Jiangsu) has a running pilot application; Ningbo (Zhejiang) too;
 * Hangzhou's (Zhejiang) annual report is overdue, an incident.
 */
@ProcessTest
class LeakyAnswersAttackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JIANGSU = "leak-jiangsu";
    private static final String ZHEJIANG = "leak-zhejiang";
    private static final String WUXI = "leak-wuxi";
    private static final String SIPO = "leak-sipo";
    private static final String APPLY = "/engine-rest/process-definition/key/" + PilotCityApplicationProcess.KEY;

    private static String yangzhouCase;

    /** Once, from the first test: the coverage extension records cases only while a test runs. */
    static void casesInTwoProvinces() throws Exception {
        if (yangzhouCase != null) {
            return;
        }
        TestUsers.member(JIANGSU, "province-32");
        TestUsers.member(ZHEJIANG, "province-33");
        TestUsers.member(WUXI, "gov-320200");
        TestUsers.member(SIPO, "sipo");
        SipoFigures.ofThePreviousYear("321000", "330200");
        HttpResponse<String> yangzhou = Http.as(JIANGSU).postJson(APPLY + "/submit-form",
                RestBodies.pilotApplication("321000", "Yangzhou"));
        assertThat(yangzhou.statusCode()).as(yangzhou.body()).isEqualTo(200);
        HttpResponse<String> ningbo = Http.as(ZHEJIANG).postJson(APPLY + "/submit-form",
                RestBodies.pilotApplication("330200", "Ningbo"));
        assertThat(ningbo.statusCode()).as(ningbo.body()).isEqualTo(200);

        ProcessEngine engine = SpringEngine.bean(ProcessEngine.class);
        SpringEngine.bean(Register.class).enterHolder("330100", "Hangzhou", HolderKind.PREFECTURE_LEVEL_CITY);
        EngineClock.setTo("2026-01-05T09:00");
        String hangzhouReport = engine.getRuntimeService().startProcessInstanceByKey(AnnualReportProcess.KEY, "330100",
                Map.of(In.HOLDER_ID.name(), "330100", In.HOLDER_NAME.name(), "Hangzhou", In.REPORT_YEAR.name(), 2026, In.RULE_ID.name(), "PM-12",
                        In.SUPERVISOR_GROUP.name(), "province-33")).getId();
        EngineClock.setTo("2026-02-01T00:00");
        EngineClock.runDueJobs(engine.getManagementService(), hangzhouReport);
        EngineClock.reset();
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(hangzhouReport).count())
                .as("Hangzhou's overdue report").isOne();
        yangzhouCase = JSON.readTree(yangzhou.body()).get("id").asText();
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    // B1: a second application's refusal names the running case only to those who may read it.

    @Test
    void aSecondApplicationFromAnotherProvince_isRefused_withoutTheOtherCasesIdOrStart() throws Exception {
        casesInTwoProvinces();
        for (String stranger : List.of(ZHEJIANG, WUXI)) {
            HttpResponse<String> refused = secondApplicationForYangzhou(stranger);

            assertThat(refused.body()).contains("Yangzhou (321000) already has a running pilot-city-application case")
                    .doesNotContain(yangzhouCase).doesNotContain("started on").doesNotContain("CST");
        }
    }

    @Test
    void aSecondApplicationFromTheHoldersOwnProvince_namesTheRunningCase() throws Exception {
        casesInTwoProvinces();
        HttpResponse<String> refused = secondApplicationForYangzhou(JIANGSU);

        assertThat(refused.body()).contains("Yangzhou (321000) already has a running pilot-city-application case")
                .contains("started on").contains("(case " + yangzhouCase + ")");
    }

    private static HttpResponse<String> secondApplicationForYangzhou(String user) {
        long cases = history().createHistoricProcessInstanceQuery().count();

        HttpResponse<String> response = Http.as(user).postJson(APPLY + "/submit-form",
                RestBodies.pilotApplication("321000", "Yangzhou"));

        assertThat(response.statusCode()).as(user + ": " + response.body()).isEqualTo(400);
        assertThat(history().createHistoricProcessInstanceQuery().count()).as("cases ever opened").isEqualTo(cases);
        assertThat(runtime().createProcessInstanceQuery().processInstanceBusinessKey("321000").count()).isOne();
        return response;
    }

    // B2: the statistics of process definitions count only the cases the user may read.

    @Test
    void eachOfficesDefinitionStatistics_countOnlyItsOwnCasesAndIncidents() throws Exception {
        casesInTwoProvinces();
        for (String user : List.of(JIANGSU, ZHEJIANG, WUXI, SIPO)) {
            JsonNode statistics = ok(Http.as(user).get("/engine-rest/process-definition/statistics?failedJobs=true&incidents=true"));
            assertThat(statistics).isNotEmpty();
            for (JsonNode definition : statistics) {
                String id = definition.get("id").asText();
                assertThat(definition.get("instances").asLong()).as(user + " " + id + " instances")
                        .isEqualTo(count(user, "/engine-rest/process-instance/count?processDefinitionId=" + id));
                assertThat(definition.get("failedJobs").asLong()).as(user + " " + id + " failed jobs")
                        .isEqualTo(count(user, "/engine-rest/job/count?noRetriesLeft=true&processDefinitionId=" + id));
                long incidents = 0;
                for (JsonNode incident : definition.get("incidents")) {
                    incidents += incident.get("incidentCount").asLong();
                }
                assertThat(incidents).as(user + " " + id + " incidents")
                        .isEqualTo(count(user, "/engine-rest/incident/count?processDefinitionId=" + id));
            }
        }

        Map<String, long[]> jiangsu = casesAndIncidentsByKey(JIANGSU, "/engine-rest");
        Map<String, long[]> sipo = casesAndIncidentsByKey(SIPO, "/engine-rest");
        assertThat(jiangsu.get(PilotCityApplicationProcess.KEY)).as("Jiangsu: Yangzhou's application").containsExactly(1, 0);
        assertThat(sipo.get(PilotCityApplicationProcess.KEY)).as("SIPO: the country's").containsExactly(2, 0);
        assertThat(jiangsu.get(AnnualReportProcess.KEY)).as("Jiangsu: no report, no incident").containsExactly(0, 0);
        assertThat(sipo.get(AnnualReportProcess.KEY)).as("SIPO: Hangzhou's overdue report").containsExactly(1, 1);
        assertThat(casesAndIncidentsByKey(ZHEJIANG, "/engine-rest").get(AnnualReportProcess.KEY)).containsExactly(1, 1);
    }

    @Test
    void theSameThroughCockpitsApi_whichStillAnswersAProvince() throws Exception {
        casesInTwoProvinces();
        WebappSession cockpit = WebappSession.loggedIn(SpringEngine.baseUrl(), JIANGSU, TestUsers.PASSWORD);
        Map<String, long[]> seen = new LinkedHashMap<>();
        for (JsonNode definition : ok(cockpit.get(
                "/camunda/api/engine/engine/default/process-definition/statistics?rootIncidents=true"))) {
            long[] counts = seen.computeIfAbsent(definition.get("definition").get("key").asText(), key -> new long[2]);
            counts[0] += definition.get("instances").asLong();
            for (JsonNode incident : definition.get("incidents")) {
                counts[1] += incident.get("incidentCount").asLong();
            }
        }

        assertThat(seen.get(PilotCityApplicationProcess.KEY)).containsExactly(1, 0);
        assertThat(seen.get(AnnualReportProcess.KEY)).containsExactly(0, 0);
        assertThat(cockpit.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
    }

    @Test
    void activityStatistics_countOnlyTheProvincesCases_andHistoricOnesAreNotAnsweredToIt() throws Exception {
        casesInTwoProvinces();
        String report = runtime().createProcessInstanceQuery().processInstanceBusinessKey("330100").singleResult()
                .getProcessDefinitionId();
        String application = runtime().createProcessInstanceQuery().processInstanceBusinessKey("321000").singleResult()
                .getProcessDefinitionId();

        assertThat(activityTotals(JIANGSU, "/engine-rest/process-definition/" + report + "/statistics?incidents=true"))
                .containsExactly(0, 0);
        assertThat(activityTotals(ZHEJIANG, "/engine-rest/process-definition/" + report + "/statistics?incidents=true"))
                .as("Hangzhou's report waits and has its overdue incident").containsExactly(activityTotals(SIPO,
                        "/engine-rest/process-definition/" + report + "/statistics?incidents=true"));
        long jiangsuKey = activityTotals(JIANGSU, "/engine-rest/process-definition/key/" + PilotCityApplicationProcess.KEY
                + "/statistics")[0];
        long sipoKey = activityTotals(SIPO, "/engine-rest/process-definition/key/" + PilotCityApplicationProcess.KEY
                + "/statistics")[0];
        assertThat(jiangsuKey).isPositive().isLessThan(sipoKey);

        assertThat(ok(Http.as(JIANGSU).get("/engine-rest/history/process-definition/" + application + "/statistics")))
                .as("historic statistics need READ_HISTORY on the definition, which only SIPO has").isEmpty();
        assertThat(ok(Http.as(SIPO).get("/engine-rest/history/process-definition/" + application + "/statistics")))
                .isNotEmpty();
    }

    private static Map<String, long[]> casesAndIncidentsByKey(String user, String api) throws Exception {
        Map<String, long[]> byKey = new LinkedHashMap<>();
        for (JsonNode definition : ok(Http.as(user).get(api + "/process-definition/statistics?incidents=true"))) {
            long[] counts = byKey.computeIfAbsent(definition.get("definition").get("key").asText(), key -> new long[2]);
            counts[0] += definition.get("instances").asLong();
            for (JsonNode incident : definition.get("incidents")) {
                counts[1] += incident.get("incidentCount").asLong();
            }
        }
        return byKey;
    }

    /** Executions and incidents over all activities. */
    private static long[] activityTotals(String user, String path) throws Exception {
        long[] totals = new long[2];
        for (JsonNode activity : ok(Http.as(user).get(path))) {
            totals[0] += activity.get("instances").asLong();
            if (activity.has("incidents")) {
                for (JsonNode incident : activity.get("incidents")) {
                    totals[1] += incident.get("incidentCount").asLong();
                }
            }
        }
        return totals;
    }

    // B3: the register's figures API refuses bad figures with 400 naming the entry, and records nothing.

    @Test
    void badFigures_areRefusedWith400NamingTheEntry_andNothingIsRecorded() throws Exception {
        casesInTwoProvinces();
        Register register = SpringEngine.bean(Register.class);
        register.enterHolder("320583", "Kunshan", HolderKind.COUNTY_LEVEL_CITY);
        register.enterHolder("330109", "Xiaoshan", HolderKind.MUNICIPALITY_DISTRICT);
        HttpResponse<String> recorded = put("/api/register/figures/2024", """
                [{"holderId":"320583","enforcementScore":91.5,"pledgeFinancing":120000},
                 {"holderId":"330109","enforcementScore":88,"pledgeFinancing":90000}]""");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

        Map<String, String> attacks = new LinkedHashMap<>();
        attacks.put("""
                [{"holderId":"330109","enforcementScore":88,"pledgeFinancing":90000},
                 {"holderId":"320583","enforcementScore":-5,"pledgeFinancing":120000}]""",
                "entry 2 (holderId 320583): enforcementScore must be between 0 and 100, got -5");
        attacks.put("[{\"holderId\":\"320583\",\"enforcementScore\":90,\"pledgeFinancing\":1e400}]",
                "entry 1 (holderId 320583): pledgeFinancing must be between 0 and 100000000, got 1E+400");
        attacks.put("[{\"holderId\":\"320583\",\"enforcementScore\":99999999999999999999,\"pledgeFinancing\":1}]",
                "entry 1 (holderId 320583): enforcementScore must be between 0 and 100, got 99999999999999999999");
        attacks.put("[{\"holderId\":\"320583\",\"enforcementScore\":90.125,\"pledgeFinancing\":1}]",
                "enforcementScore may have at most 2 decimals, got 90.125");
        attacks.put("[null]", "entry 1 is null");
        attacks.put("[{\"holderId\":\"320500-sip\",\"enforcementScore\":90,\"pledgeFinancing\":1}]",
                "entry 1 (holderId 320500-sip): holderId must be a city's 6-digit administrative division code");
        attacks.put("""
                [{"holderId":"320583","enforcementScore":90,"pledgeFinancing":1},
                 {"holderId":"320583","enforcementScore":80,"pledgeFinancing":2}]""",
                "entry 2 (holderId 320583): the same holder as entry 1");
        attacks.put("[{\"holderId\":\"320583\",\"pledgeFinancing\":1}]", "entry 1 (holderId 320583): enforcementScore is required");
        attacks.put("[{\"holderId\":\"320583\",\"enforcementScore\":\"ninety\",\"pledgeFinancing\":1}]",
                "The request body is not JSON of the expected shape");
        attacks.put("[{\"holderId\":", "The request body is not JSON of the expected shape");
        for (Map.Entry<String, String> attack : attacks.entrySet()) {
            assertRefusedAndNothingRecorded(2024, attack.getKey(), attack.getValue());
        }

        String fine = "[{\"holderId\":\"320583\",\"enforcementScore\":90,\"pledgeFinancing\":1}]";
        assertRefusedAndNothingRecorded(-7, fine, "year must be between 2000 and " + thisYear + ", got -7");
        assertRefusedAndNothingRecorded(99999, fine, "year must be between 2000 and " + thisYear + ", got 99999");
        assertRefusedAndNothingRecorded(thisYear + 1, fine, "got " + (thisYear + 1));
        HttpResponse<String> notAYear = put("/api/register/figures/1e3", fine);
        assertThat(notAYear.statusCode()).isEqualTo(400);
        assertThat(notAYear.body()).contains("year must be a whole number, got '1e3'").doesNotContain("Exception");
    }

    private static void assertRefusedAndNothingRecorded(int year, String body, String message) {
        Map<Integer, String> before = figures(2024, year);

        HttpResponse<String> response = put("/api/register/figures/" + year, body);

        assertThat(response.statusCode()).as(body + " -> " + response.body()).isEqualTo(400);
        assertThat(response.body()).as(body).contains(message).startsWith("{\"");
        assertThat(response.body().toLowerCase()).as(body).doesNotContain("sql").doesNotContain("exception")
                .doesNotContain("org.").doesNotContain("java.").doesNotContain("constraint");
        assertThat(figures(2024, year)).isEqualTo(before);
    }

    private static Map<Integer, String> figures(int... years) {
        Map<Integer, String> figures = new LinkedHashMap<>();
        for (int year : years) {
            HttpResponse<String> response = Http.as(SIPO).get("/api/register/figures/" + year);
            assertThat(response.statusCode()).isEqualTo(200);
            figures.put(year, response.body());
        }
        assertThat(figures.get(2024)).contains("\"enforcementScore\":91.5").contains("\"pledgeFinancing\":90000");
        return figures;
    }

    private static HttpResponse<String> put(String path, String json) {
        return Http.send(Http.as(SIPO).request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    // B4: a start over /start with variables its start form refuses is a 400 naming the field, as /submit-form.

    @Test
    void aStartWithVariablesItsFormRefuses_is400NamingTheFields_overStartAsOverSubmitForm() throws Exception {
        casesInTwoProvinces();
        String refused = """
                {"variables": {
                  "cityCode": {"value": "321100", "type": "String"}, "cityName": {"value": "Zhenjiang", "type": "String"},
                  "cityKind": {"value": "TOWN", "type": "String"},
                  "enforcementRank": {"value": 0, "type": "Integer"}, "citiesRanked": {"value": 13, "type": "Integer"},
                  "featuredThemes": {"value": "Patents for shipbuilding", "type": "String"},
                  "workPlanReference": {"value": "Zhen Zheng [2019] No. 2", "type": "String"}}}""";
        for (String route : List.of("/start", "/submit-form")) {
            long cases = history().createHistoricProcessInstanceQuery().count();

            HttpResponse<String> response = Http.as(JIANGSU).postJson(APPLY + route, refused);

            assertThat(response.statusCode()).as(route + ": " + response.body()).isEqualTo(400);
            // PM-5(v) is read from SIPO's figures: a rank the city attests is refused as a field its form does not have.
            assertThat(response.body()).as(route).contains("cityKind")
                    .contains("'enforcementRank' is not a field of the form 'pilot-city-application-start'");
            assertThat(history().createHistoricProcessInstanceQuery().count()).as(route).isEqualTo(cases);
            assertThat(runtime().createProcessInstanceQuery().processInstanceBusinessKey("321100").count()).isZero();
        }
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static long count(String user, String path) throws Exception {
        return ok(Http.as(user).get(path)).get("count").asLong();
    }

    private static RuntimeService runtime() {
        return SpringEngine.bean(ProcessEngine.class).getRuntimeService();
    }

    private static HistoryService history() {
        return SpringEngine.bean(ProcessEngine.class).getHistoryService();
    }
}
