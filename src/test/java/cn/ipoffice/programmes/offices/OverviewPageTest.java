package cn.ipoffice.programmes.offices;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.cockpit.OverdueCase;
import cn.ipoffice.programmes.cockpit.OverdueCasesResource;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.WebappSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.HtmlUtils;

/**
 * The programme at a glance on the demo: SIPO's figures are the country's and Jiangsu's its own, each number as the test
 * reads it from the register and the engine for itself; the exports hold the page's rows; a city and nobody signed in
 * get nothing; a section or format that does not exist is refused naming those that do; the figures follow the engine
 * clock in China Standard Time. It fires the demo's due timers, and changes nothing else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
// It runs the demo's due jobs, as the running application's job executor would: the demo context is not handed on to the
// next class, whose expectations are the demo as it starts.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewPageTest {

    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t[dh][^>]*>(.*?)</t[dh]>", Pattern.DOTALL);
    private static final String ALL = "all provinces";

    @LocalServerPort
    int port;
    @Autowired
    Register register;
    @Autowired
    ProcessEngine engine;

    /** The demo starts cases in the past; their deadlines that passed flag them overdue once their timers fire. */
    @BeforeAll
    void demoCasesWithTheirPastDeadlines() {
        EngineClock.runAllDueJobs(engine.getManagementService());
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private ExpectedOverview expected(String... groups) {
        return new ExpectedOverview(register, engine, List.of(groups), Instant.now());
    }

    /** The rows of a table of the page, each cell's text. */
    static List<List<String>> table(String page, String id) {
        Matcher table = Pattern.compile("<table class=\"figures\" id=\"table-" + id + "\">(.*?)</table>", Pattern.DOTALL)
                .matcher(page);
        if (!table.find()) {
            return List.of();
        }
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table.group(1));
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(HtmlUtils.htmlUnescape(cell.group(1).replaceAll("<[^>]+>", "")).trim());
            }
            rows.add(cells);
        }
        return rows.subList(1, rows.size());
    }

    /** Rows keyed by their first {@code keyCells} cells joined with "|", the rest as numbers. */
    static Map<String, List<Long>> numbers(List<List<String>> rows, int keyCells) {
        Map<String, List<Long>> keyed = new TreeMap<>();
        for (List<String> row : rows) {
            keyed.put(String.join("|", row.subList(0, keyCells)),
                    row.subList(keyCells, row.size()).stream().map(Long::valueOf).toList());
        }
        return keyed;
    }

    private static Map<String, List<Long>> without(Map<String, List<Long>> rows, String prefix) {
        Map<String, List<Long>> kept = new TreeMap<>(rows);
        kept.keySet().removeIf(key -> key.startsWith(prefix));
        return kept;
    }

    @Test
    void sipoSeesTheCountrysFiguresAsTheRegisterAndTheEngineHoldThem() {
        String page = WebappSession.loggedIn(base(), "sipo", "sipo").get("/offices/overview").body();
        ExpectedOverview expected = expected("sipo");
        assertThat(page).contains("Figures of the whole country on " + Words.day(expected.today()));
        Map<String, List<Long>> titles = numbers(table(page, "titles"), 2);
        assertThat(without(titles, ALL)).isEqualTo(expected.titles());
        assertThat(titles.keySet()).anyMatch(key -> key.startsWith("Jiangsu|")).anyMatch(key -> key.startsWith("Hubei|"));
        assertThat(titles.get(ALL + "|pilot city")).isEqualTo(sum(expected.titles(), "|pilot city"));
        assertThat(numbers(table(page, "timeline"), 1)).isEqualTo(new TreeMap<>(expected.timeline()));
        assertThat(overdueOnPage(page)).isEqualTo(expected.overdue()).isNotEmpty();
        assertThat(page).contains("Annual reports due on 31 January " + expected.reportYear());
        Map<String, List<Long>> reports = numbers(table(page, "reports"), 1);
        assertThat(without(reports, ALL)).isEqualTo(expected.reports());
        assertThat(reports.get(ALL).get(0)).isPositive();
    }

    @Test
    void jiangsuSeesItsOwnFiguresAndNothingOfAnotherProvince() {
        String page = WebappSession.loggedIn(base(), "jiangsu", "jiangsu").get("/offices/overview").body();
        ExpectedOverview expected = expected("province-32");
        assertThat(page).contains("Figures of Jiangsu on ");
        Map<String, List<Long>> titles = numbers(table(page, "titles"), 2);
        assertThat(titles).isEqualTo(expected.titles()).isNotEmpty();
        assertThat(titles.keySet()).allMatch(key -> key.startsWith("Jiangsu|"));
        assertThat(numbers(table(page, "timeline"), 1)).isEqualTo(new TreeMap<>(expected.timeline()));
        assertThat(table(page, "deadlines")).allSatisfy(row -> assertThat(row.get(2)).startsWith("32"));
        assertThat(overdueOnPage(page)).isEqualTo(expected.overdue())
                .allSatisfy((key, n) -> assertThat(key).startsWith("Jiangsu|"));
        assertThat(numbers(table(page, "reports"), 1)).isEqualTo(expected.reports()).containsOnlyKeys("Jiangsu");
        assertThat(page).doesNotContain("Zhejiang").doesNotContain("Hangzhou");
    }

    /** The overdue section counts what Cockpit's page shows the same user: its cases per rule. */
    @Test
    void theOverdueCasesAreThoseCockpitShowsTheUser() {
        String page = WebappSession.loggedIn(base(), "jiangsu", "jiangsu").get("/offices/overview").body();
        Map<String, Long> perRule = new TreeMap<>();
        overdueOnPage(page).forEach((key, n) -> perRule.merge(key.split("\\|")[1], n, Long::sum));
        List<OverdueCase> cockpit;
        engine.getIdentityService().setAuthentication("jiangsu", List.of("province-32"));
        try {
            cockpit = OverdueCasesResource.list(engine, Instant.now());
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        Map<String, Set<String>> cases = new HashMap<>();
        cockpit.forEach(row -> cases.computeIfAbsent(row.ruleId(), r -> new HashSet<>()).add(row.processInstanceId()));
        Map<String, Long> cockpitPerRule = new TreeMap<>();
        cases.forEach((rule, ids) -> cockpitPerRule.put(rule, (long) ids.size()));
        assertThat(perRule).isEqualTo(cockpitPerRule).isNotEmpty();
    }

    private static Map<String, Long> overdueOnPage(String page) {
        Map<String, Long> rows = new TreeMap<>();
        numbers(table(page, "overdue"), 2).forEach((key, n) -> rows.put(key, n.get(0)));
        return rows;
    }

    private static List<Long> sum(Map<String, List<Long>> rows, String suffix) {
        List<Long> total = new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L));
        rows.forEach((key, n) -> {
            if (key.endsWith(suffix)) {
                for (int i = 0; i < n.size(); i++) {
                    total.set(i, total.get(i) + n.get(i));
                }
            }
        });
        return total;
    }

    @Test
    void theChartsAreDrawnFromTheTablesNumbersByTheBundledScriptAlone() {
        WebappSession sipo = WebappSession.loggedIn(base(), "sipo", "sipo");
        HttpResponse<String> page = sipo.get("/offices/overview");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
        List<String> scripts = new ArrayList<>();
        Matcher script = Pattern.compile("<script([^>]*)>").matcher(page.body());
        while (script.find()) {
            scripts.add(script.group(1).trim());
        }
        assertThat(scripts).containsExactly("type=\"application/json\" id=\"overview-data\"",
                "src=\"/offices/assets/overview.js\"");
        assertThat(page.body()).contains("<canvas id=\"canvas-titles\"", "<canvas id=\"canvas-timeline\"",
                "<canvas id=\"canvas-overdue\"", "<canvas id=\"canvas-reports\"");
        HttpResponse<String> bundle = sipo.get("/offices/assets/overview.js");
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).contains("javascript"));
        assertThat(bundle.body()).contains("overview-data");
        // The data the script draws: the active titles per province add up to the table's active column.
        String data = page.body().replaceAll("(?s).*<script type=\"application/json\" id=\"overview-data\">(.*?)</script>.*",
                "$1");
        assertThat(data).startsWith("{\"sections\":[").doesNotContain("<");
        long activeInTable = numbers(table(page.body(), "titles"), 2).entrySet().stream()
                .filter(e -> !e.getKey().startsWith(ALL)).mapToLong(e -> e.getValue().get(0)).sum();
        assertThat(activeInTable).isPositive();
        assertThat(activeCountsInData(data)).isEqualTo(activeInTable);
    }

    /** The sum of the numbers of the titles chart's first view ("active"). */
    private static long activeCountsInData(String data) {
        String active = data.replaceAll("(?s).*?\"id\":\"ACTIVE\"(.*?)\"id\":\"COMPLETED\".*", "$1");
        long sum = 0;
        Matcher numbers = Pattern.compile("\"data\":\\[([0-9,]*)\\]").matcher(active);
        while (numbers.find()) {
            for (String n : numbers.group(1).split(",")) {
                sum += n.isEmpty() ? 0 : Long.parseLong(n);
            }
        }
        return sum;
    }

    @Test
    void theExportsHoldThePagesRowsAndNumbers() throws IOException {
        WebappSession jiangsu = WebappSession.loggedIn(base(), "jiangsu", "jiangsu");
        String page = jiangsu.get("/offices/overview").body();
        HttpResponse<byte[]> xlsx = jiangsu.getBytes("/offices/overview.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(value ->
                assertThat(value).contains("overview-").contains(".xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            assertThat(rows(workbook.getSheet("Titles"))).isEqualTo(table(page, "titles"));
            assertThat(rows(workbook.getSheet("Coming 12 months"))).isEqualTo(table(page, "timeline"));
            assertThat(rows(workbook.getSheet("Overdue"))).isEqualTo(table(page, "overdue"));
            assertThat(rows(workbook.getSheetAt(4))).isEqualTo(table(page, "reports"));
            assertThat(workbook.getSheet("Coming deadlines").getLastRowNum()).isEqualTo(table(page, "deadlines").size());
        }
        for (String section : List.of("titles", "timeline", "overdue", "reports")) {
            HttpResponse<String> csv = jiangsu.get("/offices/overview/" + section + ".csv");
            assertThat(csv.statusCode()).as(section).isEqualTo(200);
            List<String> lines = csv.body().lines().toList();
            assertThat(lines.subList(1, lines.size())).as(section)
                    .isEqualTo(table(page, section).stream().map(row -> String.join(",", row)).toList());
        }
    }

    /** A sheet's rows below its headings, each cell as the page writes it. */
    private static List<List<String>> rows(XSSFSheet sheet) {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                        ? Long.toString((long) cell.getNumericCellValue()) : format.formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void theRegisterExportHoldsTheProvincesHoldersOnly() throws IOException {
        WebappSession jiangsu = WebappSession.loggedIn(base(), "jiangsu", "jiangsu");
        HttpResponse<byte[]> xlsx = jiangsu.getBytes("/offices/register.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        List<String> holders = register.allHolders().stream().map(h -> h.getId()).filter(id -> id.startsWith("32")).toList();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Holders", "Titles", "Bans", "Annual reports", "Assessments");
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                for (Row row : sheet) {
                    if (row.getRowNum() > 0) {
                        assertThat(row.getCell(0).getStringCellValue()).as(sheet.getSheetName()).startsWith("32");
                    }
                }
            }
            assertThat(workbook.getSheet("Holders").getLastRowNum()).isEqualTo(holders.size());
            assertThat(workbook.getSheet("Titles").getLastRowNum())
                    .isEqualTo(holders.stream().mapToInt(id -> register.designationsOf(id).size()).sum());
            assertThat(workbook.getSheet("Annual reports").getLastRowNum())
                    .isEqualTo(holders.stream().mapToInt(id -> register.reportsOf(id).size()).sum()).isPositive();
            assertThat(workbook.getSheet("Bans").getLastRowNum())
                    .isEqualTo(holders.stream().mapToInt(id -> register.bansOf(id).size()).sum());
            assertThat(workbook.getSheet("Assessments").getLastRowNum()).isEqualTo(holders.stream().mapToInt(id ->
                    register.assessmentsOf(id).size() + register.missedAssessmentsOf(id).size()).sum()).isPositive();
        }
        HttpResponse<String> csv = jiangsu.get("/offices/register/holders.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().skip(1).toList()).hasSize(holders.size()).allMatch(line -> line.startsWith("32"));
    }

    /** A province cannot ask for another's figures, and nothing on these routes writes. */
    @Test
    void aProvinceGoingAroundThePageGetsItsOwnFiguresOnlyAndChangesNothing() {
        WebappSession jiangsu = WebappSession.loggedIn(base(), "jiangsu", "jiangsu");
        for (String path : List.of("/offices/overview?province=33", "/offices/overview/deadlines.csv?province=33",
                "/offices/register/holders.csv?holder=330100", "/offices/register/titles.csv?province=province-33")) {
            HttpResponse<String> answer = jiangsu.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.body()).as(path).doesNotContain("Zhejiang").doesNotContain("Hangzhou").doesNotContain(",33");
        }
        int holders = register.allHolders().size();
        long reports = register.allHolders().stream().mapToLong(h -> register.reportsOf(h.getId()).size()).sum();
        for (String path : List.of("/offices/overview", "/offices/overview.xlsx", "/offices/overview/reports.csv",
                "/offices/register.xlsx", "/offices/register/reports.csv")) {
            HttpResponse<String> post = jiangsu.postJson(path, "{\"holderId\":\"330100\",\"year\":2025}", true);
            assertThat(post.statusCode()).as(path).isIn(403, 405);
            HttpResponse<String> delete = jiangsu.delete(path);
            assertThat(delete.statusCode()).as(path).isIn(403, 405);
        }
        assertThat(register.allHolders()).hasSize(holders);
        assertThat(register.allHolders().stream().mapToLong(h -> register.reportsOf(h.getId()).size()).sum())
                .isEqualTo(reports);
    }

    @Test
    void aCityIsNotOfferedTheOverviewAndGetsNothingOfIt() {
        WebappSession suzhou = WebappSession.loggedIn(base(), "suzhou", "suzhou");
        assertThat(suzhou.get("/offices/holders").body()).doesNotContain("/offices/overview");
        for (String path : List.of("/offices/overview", "/offices/overview.xlsx", "/offices/overview/titles.csv",
                "/offices/register.xlsx", "/offices/register/holders.csv", "/offices/overview/nothing.csv")) {
            HttpResponse<String> refused = suzhou.get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(404);
            assertThat(refused.body()).as(path).doesNotContain("320500,").doesNotContain("Jiangsu|");
        }
        assertThat(WebappSession.loggedIn(base(), "jiangsu", "jiangsu").get("/offices/holders").body())
                .contains("href=\"/offices/overview\"");
    }

    @Test
    void nobodySignedInIsSentToTheLoginAndGetsNoFigures() {
        HttpResponse<String> page = Http.send(Http.anonymous(base()).request("/offices/overview")
                .header("Accept", "text/html").GET());
        assertThat(page.statusCode()).isEqualTo(302);
        for (String path : List.of("/offices/overview.xlsx", "/offices/overview/reports.csv", "/offices/register.xlsx",
                "/offices/register/titles.csv")) {
            HttpResponse<String> refused = Http.send(Http.anonymous(base()).request(path).GET());
            assertThat(refused.statusCode()).as(path).isEqualTo(401);
            assertThat(refused.body()).as(path).doesNotContain("Jiangsu");
        }
    }

    @Test
    void aSectionTableOrFormatThatDoesNotExistIsRefusedNamingThoseThatDo() {
        WebappSession jiangsu = WebappSession.loggedIn(base(), "jiangsu", "jiangsu");
        HttpResponse<String> section = jiangsu.get("/offices/overview/budget.csv");
        assertThat(section.statusCode()).isEqualTo(400);
        assertThat(section.body()).contains("Unknown section 'budget'").contains("titles").contains("reports");
        HttpResponse<String> format = jiangsu.get("/offices/overview/titles.pdf");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.body()).contains("expected csv or xlsx");
        HttpResponse<String> oneFile = jiangsu.get("/offices/overview.csv");
        assertThat(oneFile.statusCode()).isEqualTo(400);
        assertThat(oneFile.body()).contains("A CSV file holds one table").contains("xlsx");
        HttpResponse<String> table = jiangsu.get("/offices/register/cases.csv");
        assertThat(table.statusCode()).isEqualTo(400);
        assertThat(table.body()).contains("Unknown table 'cases'").contains("holders").contains("assessments");
        assertThat(jiangsu.get("/offices/register.ods").statusCode()).isEqualTo(400);
    }

    /** "Today" is the engine clock's day in China Standard Time: the last minute of 31 January is still January's. */
    @Test
    void theFiguresFollowTheEngineClockInChinaStandardTime() {
        int next = LocalDate.now().getYear() + 1;
        EngineClock.setTo(next + "-01-31T23:59");
        String january = WebappSession.loggedIn(base(), "sipo", "sipo").get("/offices/overview").body();
        assertThat(january).contains("on 31 January " + next + ", China Standard Time")
                .contains("Annual reports due on 31 January " + (next - 1));
        assertThat(table(january, "timeline").get(0).get(0)).isEqualTo("January " + next);

        EngineClock.setTo(next + "-02-01T00:00");
        String february = WebappSession.loggedIn(base(), "sipo", "sipo").get("/offices/overview").body();
        ExpectedOverview expected = new ExpectedOverview(register, engine, List.of("sipo"),
                EngineClock.cst(next + "-02-01T00:00"));
        assertThat(february).contains("on 1 February " + next).contains("Annual reports due on 31 January " + next);
        assertThat(table(february, "timeline").get(0).get(0)).isEqualTo("February " + next);
        assertThat(numbers(table(february, "timeline"), 1)).isEqualTo(new TreeMap<>(expected.timeline()));
        assertThat(without(numbers(table(february, "reports"), 1), ALL)).isEqualTo(expected.reports());
    }
}
