package cn.ipoffice.programmes.offices;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Grade;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.register.YearlyCalls;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.TestUsers;
import cn.ipoffice.programmes.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.HtmlUtils;

/**
 * A holder's page on the demo, under the webapps' login: the register's facts as its API gives them to the same user,
 * the cases' steps, deadlines and open tasks with their offices, dates in China Standard Time whatever the JVM's zone,
 * the history in plain words; a holder of another province answers exactly as one that does not exist; an applicant
 * sees its application; nobody signed in sees nothing. The cases it reads are the demo's as they start; it opens no
 * case (the applications of Wuxi and its district are {@link ApplicantPagesTest}'s).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class HolderPageTest {

    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);
    private static final Pattern LINE = Pattern.compile("<li><time>(\\d{4}-\\d{2}-\\d{2})</time> (.*?)</li>");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @LocalServerPort
    int port;
    @Autowired
    Register register;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    YearlyCalls calls;

    private String base() {
        return "http://localhost:" + port;
    }

    private String page(String user, String code) {
        HttpResponse<String> page = WebappSession.loggedIn(base(), user, user).get("/offices/holders/" + code);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page.body();
    }

    /** The holder as {@code GET /api/register/holders/{code}} gives it to the same user. */
    private JsonNode registerApi(String user, String code) {
        HttpResponse<String> json = Http.as(base(), TestUsers.basic(user, user)).get("/api/register/holders/" + code);
        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        try {
            return new ObjectMapper().readTree(json.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells of a table's body, as text. */
    static List<List<String>> table(String page, String id) {
        int start = page.indexOf("<table id=\"" + id + "\">");
        if (start < 0) {
            return List.of();
        }
        String table = page.substring(page.indexOf("<tbody>", start), page.indexOf("</table>", start));
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(HtmlUtils.htmlUnescape(cell.group(1).replaceAll("<[^>]+>", "")));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The history's lines, "2026-11-17 SIPO approved …", newest first. */
    static List<String> history(String page) {
        List<String> lines = new ArrayList<>();
        Matcher line = LINE.matcher(page);
        while (line.find()) {
            lines.add(line.group(1) + " " + HtmlUtils.htmlUnescape(line.group(2)));
        }
        return lines;
    }

    /**
     * The statements the database ran for one request (H2's statistics; nothing else runs meanwhile: the job executor is
     * off in tests, and the engine's metrics are left out).
     */
    static long statements(JdbcTemplate jdbc, WebappSession session, String path) {
        return statementsBySql(jdbc, session, path).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Each statement the request ran, with how often. */
    static Map<String, Long> statementsBySql(JdbcTemplate jdbc, WebappSession session, String path) {
        jdbc.execute("SET QUERY_STATISTICS FALSE");
        jdbc.execute("SET QUERY_STATISTICS TRUE");
        try {
            assertThat(session.get(path).statusCode()).isEqualTo(200);
            Map<String, Long> statements = new TreeMap<>();
            jdbc.query("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS",
                    row -> {
                        // The engine's metrics, flushed by a timer of their own every 15 minutes, are not the page's.
                        if (!row.getString(1).contains("METER_LOG")) {
                            statements.merge(row.getString(1), row.getLong(2), Long::sum);
                        }
                    });
            return statements;
        } finally {
            jdbc.execute("SET QUERY_STATISTICS FALSE");
        }
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static String plain(JsonNode number) {
        return number == null || number.isNull() ? "" : new BigDecimal(number.asText()).stripTrailingZeros().toPlainString();
    }

    /** Every fact of the register's API for the holder is on the page, in the same order. */
    private void assertTheRegistersFacts(String user, String code) {
        String page = page(user, code);
        JsonNode holder = registerApi(user, code);
        assertThat(page).contains("<h1>" + HtmlUtils.htmlEscape(holder.get("name").asText() + " (" + code + ")") + "</h1>");
        List<List<String>> titles = new ArrayList<>();
        holder.get("designations").forEach(d -> titles.add(List.of(Words.title(Title.valueOf(d.get("title").asText())),
                text(d.get("round")), text(d.get("termStart")), text(d.get("termEnd")),
                Words.status(DesignationStatus.valueOf(d.get("status").asText())), text(d.get("ruleId")),
                text(d.get("statusRuleId")), text(d.get("statusReason")))));
        assertThat(table(page, "titles")).as("titles of " + code).isEqualTo(titles);
        List<List<String>> bans = new ArrayList<>();
        holder.get("bans").forEach(b -> bans.add(List.of(Words.title(Title.valueOf(b.get("titleScope").asText())),
                text(b.get("from")), text(b.get("until")))));
        assertThat(table(page, "bans").stream().map(row -> row.subList(0, 3)).toList()).isEqualTo(bans);
        holder.get("bans").forEach(b -> assertThat(table(page, "bans")).anyMatch(row -> row.get(4).equals(text(b.get("ruleId")))
                && row.get(5).equals(text(b.get("reason")))));
        List<List<String>> assessments = new ArrayList<>();
        holder.get("assessments").forEach(a -> assessments.add(List.of(text(a.get("year")),
                a.get("missed").asBoolean() ? "missed" : Words.of(Grade.valueOf(a.get("grade").asText())),
                a.get("rank").isNull() ? "" : a.get("rank").asText() + " of " + a.get("categorySize").asText(),
                plain(a.get("score")))));
        assertThat(table(page, "assessments").stream().map(row -> List.of(row.get(0), row.get(1), row.get(3), row.get(4)))
                .toList()).as("assessments of " + code).isEqualTo(assessments);
        List<List<String>> reports = new ArrayList<>();
        holder.get("annualReports").forEach(r -> reports.add(List.of(DAY.format(LocalDate.of(r.get("year").asInt(), 1, 31)),
                text(r.get("ruleId")), text(r.get("submittedOn")), r.get("onTime").asBoolean() ? "yes" : "no",
                r.get("accepted").asBoolean() ? "yes" : "no", text(r.get("remarks")))));
        assertThat(table(page, "reports")).as("reports of " + code).isEqualTo(reports);
        List<List<String>> examinations = new ArrayList<>();
        holder.get("examinations").forEach(e -> examinations.add(List.of(text(e.get("year")),
                Words.of(Grade.valueOf(e.get("grade").asText())), plain(e.get("patentStrengthIndex")),
                plain(e.get("targetsMetPercent")) + " %")));
        assertThat(table(page, "examinations")).as("examinations of " + code).isEqualTo(examinations);
        List<List<String>> disqualifications = new ArrayList<>();
        holder.get("disqualifications").forEach(d -> disqualifications.add(List.of(
                Words.title(Title.valueOf(d.get("title").asText())), text(d.get("decidedOn")), text(d.get("ruleId")),
                text(d.get("reason")))));
        assertThat(table(page, "disqualifications")).isEqualTo(disqualifications);
    }

    @Test
    void aProvinceACityAndSipoSeeTheFactsTheRegisterHolds() {
        assertTheRegistersFacts("jiangsu", "320300");
        assertTheRegistersFacts("jiangsu", "320500");
        assertTheRegistersFacts("suzhou", "320500");
        assertTheRegistersFacts("sip", "320500-sip");
        assertTheRegistersFacts("sipo", "440300");
        assertTheRegistersFacts("sipo", "330500");
        assertThat(table(page("jiangsu", "320300"), "bans")).singleElement()
                .satisfies(ban -> assertThat(ban.get(4)).isEqualTo("PM-14"));
        assertThat(table(page("sipo", "440300"), "examinations")).isNotEmpty();
    }

    @Test
    void openTasksAndDeadlinesReadInChinaStandardTime_withTheirOffices_whateverTheJvmsZone() {
        // The JVM runs in another zone than China's (test.timezone in pom.xml); the page counts in CST all the same.
        LocalDate termStart = register.activeDesignation("320600", Title.PILOT_CITY).orElseThrow().getTermStart();
        String workPlanDue = DAY.format(termStart.plusMonths(2)) + ", 24:00 CST";

        String asNantong = page("nantong", "320600");
        assertThat(table(asNantong, "tasks")).singleElement().satisfies(task -> {
            assertThat(task.get(0)).isEqualTo("Record the pilot work plan and coordinating mechanism of Nantong (PM-8)");
            assertThat(task.get(2)).isEqualTo("government of Nantong (320600)");
            assertThat(task.get(4)).isEqualTo(workPlanDue);
            assertThat(task.get(5)).isEqualTo("Open in Tasklist");
        });
        Task workPlan = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("320600").singleResult();
        assertThat(asNantong).contains("href=\"/camunda/app/tasklist/default/#/?task=" + workPlan.getId() + "\"");

        String asJiangsu = page("jiangsu", "320600");
        assertThat(table(asJiangsu, "tasks")).singleElement()
                .satisfies(task -> assertThat(task.get(5)).as("Jiangsu reads the city's task but does not work on it").isEmpty());
        assertThat(table(asJiangsu, "cases")).anyMatch(row -> row.get(1).equals(workPlan.getName())
                && row.get(2).equals("government of Nantong (320600)") && row.get(4).equals(workPlanDue));

        // The next timer of the round: the work plan's deadline, or the 1 January of a report year where that comes first.
        Job next = engine.getManagementService().createJobQuery().processInstanceId(workPlan.getProcessInstanceId()).timers()
                .orderByJobDuedate().asc().list().get(0);
        String element = engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(next.getJobDefinitionId())
                .singleResult().getActivityId();
        ZonedDateTime due = next.getDuedate().toInstant().atZone(ZoneId.of("Asia/Shanghai"));
        assertThat(due.toLocalTime()).as("a legal deadline ends at 24:00 CST").isEqualTo(LocalTime.MIDNIGHT);
        assertThat(table(asJiangsu, "deadlines")).singleElement().satisfies(deadline -> {
            assertThat(deadline.get(0)).isEqualTo("Pilot city round");
            assertThat(deadline.get(2)).isEqualTo(element.equals("Timer_WorkPlanDue") ? "PM-8" : "PM-12");
            assertThat(deadline.get(3)).isEqualTo(DAY.format(due.toLocalDate().minusDays(1)) + ", 24:00 CST");
        });

        String changzhou = page("jiangsu", "320400");
        assertThat(table(changzhou, "tasks")).singleElement().satisfies(task -> {
            assertThat(task.get(0)).isEqualTo("Investigate Changzhou (320400) for recommendation (PM-6)");
            assertThat(task.get(2)).isEqualTo("Jiangsu provincial IP office");
            assertThat(task.get(5)).as("a task of Jiangsu's office").isEqualTo("Open in Tasklist");
        });
        assertThat(table(page("sipo", "320700"), "tasks")).anyMatch(task -> task.get(0)
                .equals("Confirm the PM-32(c) finding on Lianyungang (320700)") && task.get(2).equals("SIPO"));
    }

    @Test
    void theHistoryTellsTheRegistersRecordsAndTheCompletedTasksInPlainWords_newestFirst() {
        LocalDate nantongStart = register.activeDesignation("320600", Title.PILOT_CITY).orElseThrow().getTermStart();
        List<String> nantong = history(page("nantong", "320600"));
        assertThat(nantong).contains(nantongStart + " SIPO approved Nantong as a pilot city, term " + nantongStart + " to "
                + nantongStart.plusYears(3).minusDays(1) + " (PM-7)");

        var xuzhouBan = register.bansOf("320300").get(0);
        var xuzhou2025 = register.assessmentsOf("320300").stream().filter(a -> a.getYear() == 2025).findFirst().orElseThrow();
        List<String> xuzhou = history(page("jiangsu", "320300"));
        assertThat(xuzhou).contains(xuzhouBan.getFirstDay() + " Xuzhou may not apply as a pilot city until "
                + xuzhouBan.getLastDay() + " (PM-14)");
        assertThat(xuzhou).anyMatch(line -> line.endsWith(" Jiangsu assessed 2025: " + Words.of(xuzhou2025.getGrade())
                + ", rank " + xuzhou2025.getRank() + " of " + xuzhou2025.getCategorySize() + ", score "
                + xuzhou2025.getScore().stripTrailingZeros().toPlainString() + " (PM-9)"));
        assertThat(xuzhou).anyMatch(line -> line.contains(" Xuzhou's pilot city title, round 1, withdrawn: acceptance score 55"
                + " is below 60") && line.endsWith("(PM-14)"));

        List<String> jiaxing = history(page("zhejiang", "330400"));
        assertThat(jiaxing).anyMatch(line -> line.endsWith(" Zhejiang completed: Investigate Jiaxing (330400) for"
                + " recommendation (PM-6)"));
        assertThat(jiaxing).anyMatch(line -> line.endsWith(" Zhejiang filed Jiaxing's application with SIPO for its yearly"
                + " call for pilot cities (PM-7)"));
        for (List<String> lines : List.of(nantong, xuzhou, jiaxing)) {
            assertThat(lines.stream().map(line -> line.substring(0, 10)).toList()).as("newest first")
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
    }

    @Test
    void anApplicantSeesItsApplicationWhereItStands_namesDatesAndOfficesOnly() {
        String jiaxing = page("jiaxing", "330400");
        assertThat(jiaxing).contains("Jiaxing is not in the register yet");
        int callYear = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("yearly-call").list()
                .stream().mapToInt(call -> (Integer) engine.getRuntimeService().getVariable(call.getId(), "callYear"))
                .max().orElseThrow();
        assertThat(table(jiaxing, "cases")).singleElement().satisfies(step -> {
            assertThat(step.get(0)).isEqualTo("Pilot city application");
            assertThat(step.get(1)).startsWith("Waiting for SIPO's yearly call (PM-7): filed with SIPO's call of " + callYear
                    + " for pilot cities on ").contains(", waiting for the list: the call closes on ");
            assertThat(step.get(2)).isEqualTo("SIPO");
            assertThat(step.get(4)).endsWith(", 24:00 CST");
        });
        // The application's other variables are not the page's: its themes, its plan's reference.
        assertThat(jiaxing).doesNotContain("Patent pledge financing for small and medium-sized enterprises")
                .doesNotContain("Fa [");

        String changzhou = page("changzhou", "320400");
        assertThat(table(changzhou, "cases")).singleElement().satisfies(step -> {
            assertThat(step.get(1)).isEqualTo("Investigate Changzhou (320400) for recommendation (PM-6)");
            assertThat(step.get(2)).isEqualTo("Jiangsu provincial IP office");
        });
        assertThat(table(changzhou, "tasks")).singleElement()
                .satisfies(task -> assertThat(task.get(5)).as("Jiangsu's task, not the city's").isEmpty());
    }

    @Test
    void aHolderOfAnotherOfficeAnswersAsOneThatDoesNotExist() {
        WebappSession jiangsu = WebappSession.loggedIn(base(), "jiangsu", "jiangsu");
        HttpResponse<String> missing = jiangsu.get("/offices/holders/329999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains(HolderPage.NOT_FOUND.replace("'", "&#39;"));
        for (String other : List.of("330100", "330400", "440100-huangpu", "32-2025", "3201", "320100.csv")) {
            HttpResponse<String> refused = jiangsu.get("/offices/holders/" + other);
            assertThat(refused.statusCode()).as(other).isEqualTo(404);
            assertThat(refused.body()).as(other).isEqualTo(missing.body());
        }
        WebappSession suzhou = WebappSession.loggedIn(base(), "suzhou", "suzhou");
        HttpResponse<String> suzhouMissing = suzhou.get("/offices/holders/320599");
        for (String other : List.of("320600", "320500-sip", "330100")) {
            HttpResponse<String> refused = suzhou.get("/offices/holders/" + other);
            assertThat(refused.statusCode()).as(other).isEqualTo(404);
            assertThat(refused.body()).as(other).isEqualTo(suzhouMissing.body()).doesNotContain(other);
        }
        assertThat(page("suzhou", "320500")).contains("<h1>Suzhou (320500)</h1>");
    }

    @Test
    void thePageChangesNothing_andNobodySignedInSeesNothing() {
        WebappSession jiangsu = WebappSession.loggedIn(base(), "jiangsu", "jiangsu");
        long tasksBefore = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("320400").count();
        assertThat(jiangsu.postJson("/offices/holders/320400", "{}", true).statusCode()).isEqualTo(405);
        assertThat(jiangsu.putJson("/offices/holders/320400", "{}").statusCode()).isEqualTo(405);
        assertThat(jiangsu.delete("/offices/holders/320400").statusCode()).isEqualTo(405);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey("320400").count())
                .isEqualTo(tasksBefore);

        HttpResponse<String> browser = Http.send(Http.anonymous(base()).request("/offices/holders/320500")
                .header("Accept", "text/html").GET());
        assertThat(browser.statusCode()).isEqualTo(302);
        assertThat(browser.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/camunda/app/tasklist/default/"));
        HttpResponse<String> script = Http.send(Http.anonymous(base()).request("/offices/holders/320500").GET());
        assertThat(script.statusCode()).isEqualTo(401);
        assertThat(script.body()).doesNotContain("Suzhou");
        HttpResponse<String> basic = Http.as(base(), TestUsers.basic("jiangsu", "jiangsu")).get("/offices/holders/320500");
        assertThat(basic.statusCode()).as("the REST API's Basic login is not the webapps' login").isEqualTo(401);
    }

    @Test
    void aHoldersPageAsksAsManyQueriesWhateverItsRecordsAndHistory_oneMorePerRunningCase() {
        WebappSession sipo = WebappSession.loggedIn(base(), "sipo", "sipo");
        // Nantong: one running case, a title, nothing else; Chengdu: one running case, three titles, five assessments, eight
        // reports, an examination and four ended cases with their tasks; Lianyungang: two running cases.
        for (String warmUp : List.of("/offices/holders/320600", "/offices/holders/510100", "/offices/holders/320700")) {
            sipo.get(warmUp);
        }
        assertThat(register.reportsOf("510100")).hasSizeGreaterThan(register.reportsOf("320600").size() + 5);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("320700").count())
                .isEqualTo(2);
        Map<String, Long> nantongs = statementsBySql(jdbc, sipo, "/offices/holders/320600");
        long nantong = nantongs.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> chengdus = statementsBySql(jdbc, sipo, "/offices/holders/510100");
        assertThat(chengdus.values().stream().mapToLong(Long::longValue).sum()).as(nantongs + "\n" + chengdus)
                .isEqualTo(nantong);
        // Lianyungang: one more for its second running case's steps, one for the call that took its application (Nantong's
        // filing is not in the demo's register).
        assertThat(calls.applicationsOf("320700")).isNotEmpty();
        assertThat(calls.applicationsOf("320600")).isEmpty();
        assertThat(statements(jdbc, sipo, "/offices/holders/320700")).isEqualTo(nantong + 2);
    }

    @Test
    void theOfficesAddressOpensTheHolders() {
        WebappSession suzhou = WebappSession.loggedIn(base(), "suzhou", "suzhou");
        for (String address : List.of("/offices", "/offices/")) {
            HttpResponse<String> home = suzhou.get(address);
            assertThat(home.statusCode()).as(address).isEqualTo(302);
            assertThat(home.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/offices/holders"));
        }
        HttpResponse<String> anonymous = Http.send(Http.anonymous(base()).request("/offices").header("Accept", "text/html")
                .GET());
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/camunda/app/tasklist/default/"));
    }
}
