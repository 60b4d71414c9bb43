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
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every count Cockpit shows a province or a government counts only the cases it may read; SIPO and the
 * administrators keep the country's. Suqian (Jiangsu) and Shaoxing (Zhejiang) have running pilot applications;
 * Jinhua's (Zhejiang) annual report is overdue, an incident. Each user logs in to Cockpit as a browser does and
 * reads its Processes page's route, {@code plugin/base/default/process-definition/statistics}, whose own query
 * counts the whole country, and the plugin's other routes that count cases and incidents.
 */
@ProcessTest
class CockpitCountsAttackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JIANGSU = "counts-jiangsu";
    private static final String ZHEJIANG = "counts-zhejiang";
    private static final String SUQIAN = "counts-suqian";
    private static final String SIPO = "counts-sipo";
    private static final String PLUGIN = "/camunda/api/cockpit/plugin/base/default";
    private static final String STATISTICS = PLUGIN + "/process-definition/statistics";
    /** As Cockpit's Processes page asks: a page (Cockpit refuses users an unbounded list), by key. */
    private static final String PAGE = STATISTICS + "?firstResult=0&maxResults=50&sortBy=key&sortOrder=asc";
    private static final String APPLY = "/engine-rest/process-definition/key/" + PilotCityApplicationProcess.KEY;

    private static boolean casesOpened;

    /** Once, from the first test: the coverage extension records cases only while a test runs. */
    static void casesInTwoProvinces() {
        if (casesOpened) {
            return;
        }
        TestUsers.member(JIANGSU, "province-32");
        TestUsers.member(ZHEJIANG, "province-33");
        TestUsers.member(SUQIAN, "gov-321300");
        TestUsers.member(SIPO, "sipo");
        SipoFigures.ofThePreviousYear("321300", "330600");
        HttpResponse<String> suqian = Http.as(JIANGSU).postJson(APPLY + "/submit-form",
                RestBodies.pilotApplication("321300", "Suqian"));
        assertThat(suqian.statusCode()).as(suqian.body()).isEqualTo(200);
        HttpResponse<String> shaoxing = Http.as(ZHEJIANG).postJson(APPLY + "/submit-form",
                RestBodies.pilotApplication("330600", "Shaoxing"));
        assertThat(shaoxing.statusCode()).as(shaoxing.body()).isEqualTo(200);

        ProcessEngine engine = SpringEngine.bean(ProcessEngine.class);
        SpringEngine.bean(Register.class).enterHolder("330700", "Jinhua", HolderKind.PREFECTURE_LEVEL_CITY);
        EngineClock.setTo("2026-01-05T09:00");
        String jinhuaReport = engine.getRuntimeService().startProcessInstanceByKey(AnnualReportProcess.KEY, "330700",
                Map.of(In.HOLDER_ID.name(), "330700", In.HOLDER_NAME.name(), "Jinhua", In.REPORT_YEAR.name(), 2026, In.RULE_ID.name(), "PM-12",
                        In.SUPERVISOR_GROUP.name(), "province-33")).getId();
        EngineClock.setTo("2026-02-01T00:00");
        EngineClock.runDueJobs(engine.getManagementService(), jinhuaReport);
        EngineClock.reset();
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(jinhuaReport).count())
                .as("Jinhua's overdue report").isOne();
        casesOpened = true;
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void theProcessesPage_countsForEachOfficeOnlyTheCasesAndIncidentsItMayRead() throws Exception {
        casesInTwoProvinces();
        for (String user : List.of(JIANGSU, ZHEJIANG, SUQIAN, SIPO)) {
            JsonNode rows = ok(cockpit(user).get(PAGE));
            assertThat(rows).as(user).isNotEmpty();
            for (JsonNode row : rows) {
                String key = row.get("key").asText();
                assertThat(row.get("instances").asLong()).as(user + " " + key + " running cases")
                        .isEqualTo(count(Http.as(user), "/engine-rest/process-instance/count?processDefinitionKey=" + key));
                assertThat(row.get("incidents").asLong()).as(user + " " + key + " incidents")
                        .isEqualTo(count(Http.as(user), "/engine-rest/incident/count?processDefinitionKeyIn=" + key));
            }
        }

        Map<String, long[]> jiangsu = byKey(ok(cockpit(JIANGSU).get(PAGE)));
        Map<String, long[]> zhejiang = byKey(ok(cockpit(ZHEJIANG).get(PAGE)));
        Map<String, long[]> sipo = byKey(ok(cockpit(SIPO).get(PAGE)));
        long[] country = national(PilotCityApplicationProcess.KEY);
        assertThat(country[0]).as("running pilot applications in the country").isGreaterThanOrEqualTo(2);
        assertThat(jiangsu.get(PilotCityApplicationProcess.KEY)[0]).as("Jiangsu: Suqian's and its other cities' only")
                .isPositive().isLessThan(country[0]);
        assertThat(sipo.get(PilotCityApplicationProcess.KEY)).as("SIPO: the country's").containsExactly(country);
        long[] reports = national(AnnualReportProcess.KEY);
        assertThat(reports[1]).isPositive();
        assertThat(zhejiang.get(AnnualReportProcess.KEY)[1]).as("Zhejiang: Jinhua's overdue report").isPositive();
        assertThat(jiangsu.get(AnnualReportProcess.KEY)[1]).as("Jiangsu: none of Zhejiang's incidents")
                .isLessThan(reports[1]);
        assertThat(sipo.get(AnnualReportProcess.KEY)).containsExactly(reports);
        assertThat(byKey(ok(cockpit(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).get(PAGE)))
                .get(PilotCityApplicationProcess.KEY)).as("an administrator: the country's").containsExactly(country);
        assertThat(cockpit(JIANGSU).get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
    }

    @Test
    void sortedByACount_theOrderAndThePagesFollowTheCountsTheUserSees() throws Exception {
        casesInTwoProvinces();
        WebappSession jiangsu = cockpit(JIANGSU);
        List<JsonNode> all = list(ok(jiangsu.get(PAGE)));

        for (String count : List.of("instances", "incidents")) {
            List<JsonNode> descending = list(ok(jiangsu.get(STATISTICS + "?sortBy=" + count + "&sortOrder=desc"
                    + "&firstResult=0&maxResults=50")));
            assertThat(descending).as(count).hasSameSizeAs(all);
            for (int i = 1; i < descending.size(); i++) {
                assertThat(descending.get(i).get(count).asLong()).as(count + " row " + i)
                        .isLessThanOrEqualTo(descending.get(i - 1).get(count).asLong());
            }
            List<JsonNode> secondPage = list(ok(jiangsu.get(STATISTICS + "?sortBy=" + count + "&sortOrder=desc"
                    + "&firstResult=1&maxResults=2")));
            assertThat(secondPage).isEqualTo(descending.subList(1, Math.min(3, descending.size())));
        }
        List<JsonNode> first = list(ok(jiangsu.get(STATISTICS + "?sortBy=instances&sortOrder=desc&firstResult=0&maxResults=1")));
        assertThat(first).hasSize(1);
        assertThat(first.get(0).get("instances").asLong()).as("the most running cases Jiangsu may read")
                .isEqualTo(all.stream().mapToLong(row -> row.get("instances").asLong()).max().orElseThrow());

        assertThat(ok(jiangsu.get(PLUGIN + "/process-definition/statistics-count")).get("count").asLong())
                .as("statistics-count counts the definitions Jiangsu may read, not cases").isEqualTo(all.size());
        assertThat(jiangsu.get(STATISTICS + "?sortBy=instances&sortOrder=desc").statusCode())
                .as("Cockpit's own refusal of an unbounded list stays").isEqualTo(400);
    }

    @Test
    void thePluginsCaseAndIncidentCounts_alreadyCountOnlyWhatTheUserMayRead() throws Exception {
        casesInTwoProvinces();
        String pilot = latest(PilotCityApplicationProcess.KEY);
        String report = latest(AnnualReportProcess.KEY);
        for (String user : List.of(JIANGSU, ZHEJIANG, SUQIAN, SIPO)) {
            WebappSession cockpit = cockpit(user);
            for (String definition : List.of(pilot, report)) {
                long cases = count(Http.as(user), "/engine-rest/process-instance/count?processDefinitionId=" + definition);
                assertThat(count(cockpit, PLUGIN + "/process-instance/count?processDefinitionId=" + definition))
                        .as(user + " cases of " + definition).isEqualTo(cases);
                assertThat(ok(cockpit.postJson(PLUGIN + "/process-instance?firstResult=0&maxResults=50",
                        "{\"processDefinitionId\": \"" + definition + "\"}", true))).as(user).hasSize((int) Math.min(cases, 50));
                long incidents = count(Http.as(user), "/engine-rest/incident/count?processDefinitionId=" + definition);
                assertThat(count(cockpit, PLUGIN + "/incident/count?processDefinitionIdIn=" + definition))
                        .as(user + " incidents of " + definition).isEqualTo(incidents);
            }
            assertThat(count(cockpit, "/camunda/api/engine/engine/default/process-instance/count?processDefinitionKey="
                    + PilotCityApplicationProcess.KEY)).as(user + ": the definition page's running cases, all versions")
                    .isEqualTo(count(Http.as(user), "/engine-rest/process-instance/count?processDefinitionKey="
                            + PilotCityApplicationProcess.KEY));
        }
        assertThat(count(cockpit(JIANGSU), PLUGIN + "/incident/count?processDefinitionIdIn=" + report))
                .as("none of Zhejiang's").isLessThan(national(AnnualReportProcess.KEY)[1]);
    }

    /** Cockpit's session of a test user, logged in as Cockpit's own login page does. */
    private static WebappSession cockpit(String user) {
        return cockpit(user, TestUsers.PASSWORD);
    }

    private static WebappSession cockpit(String user, String password) {
        return WebappSession.loggedIn(SpringEngine.baseUrl(), user, password);
    }

    /** Running cases and incidents of all versions of a definition, as an administrator reads them. */
    private static long[] national(String key) throws Exception {
        return new long[] {count(Http.asAdmin(), "/engine-rest/process-instance/count?processDefinitionKey=" + key),
                count(Http.asAdmin(), "/engine-rest/incident/count?processDefinitionKeyIn=" + key)};
    }

    private static String latest(String key) throws Exception {
        return ok(Http.asAdmin().get("/engine-rest/process-definition/key/" + key)).get("id").asText();
    }

    private static Map<String, long[]> byKey(JsonNode rows) {
        Map<String, long[]> byKey = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            byKey.put(row.get("key").asText(), new long[] {row.get("instances").asLong(), row.get("incidents").asLong()});
        }
        return byKey;
    }

    private static List<JsonNode> list(JsonNode rows) {
        List<JsonNode> list = new ArrayList<>();
        rows.forEach(list::add);
        return list;
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static long count(Http user, String path) throws Exception {
        return ok(user.get(path)).get("count").asLong();
    }

    private static long count(WebappSession user, String path) throws Exception {
        return ok(user.get(path)).get("count").asLong();
    }
}
