package cn.ipoffice.programmes.offices;

import static cn.ipoffice.programmes.offices.HolderPageTest.table;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.RestBodies;
import cn.ipoffice.programmes.support.TestUsers;
import cn.ipoffice.programmes.support.WebappSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Applicants on the demo, opened as their governments open them over the REST API: Wuxi applies as a pilot city and
 * finds its application on its page, at the provincial office's investigation, and in the holders of Jiangsu's office
 * but not of Zhejiang's; a district whose name holds markup is shown its name, never runs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
// It opens cases on the demo: the next class gets the demo as it starts.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ApplicantPagesTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String MARKUP_NAME = "Wuxi <script>alert('district')</script> District";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> start(String user, String processKey, String body) {
        return Http.as(base(), TestUsers.basic(user, user))
                .postJson("/engine-rest/process-definition/key/" + processKey + "/submit-form", body);
    }

    private static List<String> codes(String page) {
        return table(page, "holders").stream().map(row -> row.get(1)).toList();
    }

    @Test
    void wuxiAppliesAsTheCityDoes_andItsPageShowsItsApplicationAtTheProvincesInvestigation() {
        WebappSession wuxi = WebappSession.loggedIn(base(), "wuxi", "wuxi");
        assertThat(wuxi.get("/offices/holders/320200").statusCode()).as("nothing known of Wuxi yet").isEqualTo(404);
        WebappSession jiangsu = WebappSession.loggedIn(base(), "jiangsu", "jiangsu");
        jiangsu.get("/offices/holders");
        long listBefore = HolderPageTest.statements(jdbc, jiangsu, "/offices/holders");

        HttpResponse<String> applied = start("wuxi", "pilot-city-application", RestBodies.pilotApplication("320200", "Wuxi"));
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);

        Task investigation = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("320200").singleResult();
        ZonedDateTime due = investigation.getDueDate().toInstant().atZone(CHINA);
        assertThat(due.toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
        String today = LocalDate.now(CHINA).toString();

        HttpResponse<String> own = wuxi.get("/offices/holders/320200");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("<h1>Wuxi (320200)</h1>").contains("Wuxi is not in the register yet")
                .contains("Its pilot city application runs since " + today);
        assertThat(table(own.body(), "cases")).singleElement().satisfies(step -> assertThat(step).containsExactly(
                "Pilot city application", "Investigate Wuxi (320200) for recommendation (PM-6)", "Jiangsu provincial IP office",
                today, DAY.format(due.toLocalDate().minusDays(1)) + ", 24:00 CST"));
        assertThat(table(own.body(), "tasks")).singleElement()
                .satisfies(task -> assertThat(task.get(5)).as("the province's task, not the city's").isEmpty());
        assertThat(own.body()).as("its themes are not the page's").doesNotContain("Patents for shipbuilding");

        String asJiangsu = WebappSession.loggedIn(base(), "jiangsu", "jiangsu").get("/offices/holders/320200").body();
        assertThat(table(asJiangsu, "tasks")).singleElement()
                .satisfies(task -> assertThat(task.get(5)).isEqualTo("Open in Tasklist"));
        assertThat(HolderPageTest.history(asJiangsu)).contains(today + " Pilot city application began");

        assertThat(HolderPageTest.statements(jdbc, jiangsu, "/offices/holders")).as("a row more, not a query more").isEqualTo(listBefore);
        assertThat(table(jiangsu.get("/offices/holders").body(), "holders")).anyMatch(row -> row.get(0).equals("Wuxi")
                && row.get(1).equals("320200") && row.get(3).equals("pilot city") && row.get(5).equals("applying"));
        assertThat(jiangsu.get("/offices/holders.csv").body()).contains("Wuxi,320200,Jiangsu,pilot city,,applying");
        assertThat(codes(jiangsu.get("/offices/holders?title=MODEL_CITY").body())).doesNotContain("320200");
        assertThat(codes(jiangsu.get("/offices/holders?status=ACTIVE").body())).doesNotContain("320200");
        assertThat(codes(wuxi.get("/offices/holders").body())).containsExactly("320200");
        assertThat(codes(WebappSession.loggedIn(base(), "zhejiang", "zhejiang").get("/offices/holders").body()))
                .isNotEmpty().doesNotContain("320200");
        assertThat(WebappSession.loggedIn(base(), "zhejiang", "zhejiang").get("/offices/holders/320200").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aNameHoldingMarkupIsShownNotRun() {
        HttpResponse<String> applied = start("wxhtz", "cluster-area-application", """
                {"variables": {
                  "areaId": {"value": "320200-wxhtz", "type": "String"},
                  "areaName": {"value": "%s", "type": "String"},
                  "zoneKind": {"value": "HI_TECH_ZONE", "type": "String"},
                  "governmentCommitment": {"value": true, "type": "Boolean"},
                  "industrialAdvantages": {"value": true, "type": "Boolean"},
                  "agencyCount": {"value": 31, "type": "Integer"},
                  "servesPatent": {"value": true, "type": "Boolean"},
                  "servesTrademark": {"value": true, "type": "Boolean"},
                  "servesCopyright": {"value": true, "type": "Boolean"},
                  "servesGeographicalIndication": {"value": true, "type": "Boolean"},
                  "servesNewPlantVariety": {"value": true, "type": "Boolean"},
                  "initialWorkPlanReference": {"value": "Xi Zheng Fa [2026] No. 3", "type": "String"}}}"""
                .formatted(MARKUP_NAME));
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);

        String escaped = "Wuxi &lt;script&gt;alert(&#39;district&#39;)&lt;/script&gt; District";
        String own = WebappSession.loggedIn(base(), "wxhtz", "wxhtz").get("/offices/holders/320200-wxhtz").body();
        assertThat(own).contains("<h1>" + escaped + " (320200-wxhtz)</h1>").doesNotContain("<script>alert");
        String list = WebappSession.loggedIn(base(), "jiangsu", "jiangsu").get("/offices/holders").body();
        assertThat(list).contains(">" + escaped + "</a>").doesNotContain("<script>alert");
    }
}
