package cn.ipoffice.programmes.register;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.calls.YearlyCallProcess;
import cn.ipoffice.programmes.modelcities.TitleWithdrawalProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationTest;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.SipoCalls;
import cn.ipoffice.programmes.support.RestBodies;
import cn.ipoffice.programmes.support.SipoFigures;
import cn.ipoffice.programmes.support.SpringEngine;
import cn.ipoffice.programmes.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The year's published lists (PM-7, PM-14, PM-31, I-6) over the register API, as JSON, CSV and the page: the facts
 * recorded through the public steps (the applications filed over REST, SIPO's call run through its forms, a finding
 * recorded on the title-withdrawal start form, a pilot acceptance through its task), read by SIPO, a province and a
 * city alike, refused to nobody's credentials, to writes and to a year that is not one.
 */
class YearListsTest extends CaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SIPO = "lists-sipo";
    private static final String JIANGSU = "lists-jiangsu";
    private static final String ZHEJIANG = "lists-zhejiang";
    private static final String HANGZHOU = "lists-hangzhou";
    /** A city name holding a comma, quotes and markup, as a form may carry it. */
    private static final String AWKWARD_NAME = "Wuxi, \"Taihu\" <script>alert(1)</script>";
    private static final String FINDING = "Forged contracts <script>alert(2)</script> among the materials";

    @BeforeEach
    void offices() {
        Http.member(SIPO, "sipo");
        Http.member(JIANGSU, "province-32");
        Http.member(ZHEJIANG, "province-33");
        Http.member(HANGZHOU, "gov-330100");
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    /** A city's first pilot application, filed over REST by its province through the start form. */
    private static void applies(String code, String jsonEscapedName, String provinceUser) {
        SipoFigures.ofThePreviousYear(code);
        HttpResponse<String> filed = Http.as(provinceUser).postJson("/engine-rest/process-definition/key/"
                + PilotCityApplicationProcess.KEY + "/submit-form", RestBodies.pilotApplication(code, jsonEscapedName));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
    }

    /** SIPO records a verified PM-31 finding on the title-withdrawal start form, as Tasklist sends it. */
    private static void sipoFindsFraud(String code, String verifiedOn) {
        String body = """
                {"businessKey": "%s", "variables": {
                  "holderId": {"value": "%s", "type": "String"}, "title": {"value": "PILOT_CITY", "type": "String"},
                  "ground": {"value": "FRAUD", "type": "String"}, "verifiedOn": {"value": "%s", "type": "String"},
                  "finding": {"value": "%s", "type": "String"}}}""".formatted(code, code, verifiedOn, FINDING);
        HttpResponse<String> recorded = Http.as(SIPO).postJson("/engine-rest/process-definition/key/"
                + TitleWithdrawalProcess.KEY + "/submit-form", body);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
    }

    /**
     * Two cities on the year's list, a Jiangsu city with an awkward name and a Zhejiang one; the Jiangsu city's title is
     * cancelled on a finding of fraud on 12 June of the year. Each test takes its own year and cities, as the register
     * keeps what an earlier test of the class recorded.
     */
    private void publishedYear(int year, String jiangsuCity, String zhejiangCity, String zhejiangName) {
        EngineClock.setTo(year + "-02-01T09:00");
        applies(jiangsuCity, AWKWARD_NAME.replace("\"", "\\\""), JIANGSU);
        applies(zhejiangCity, zhejiangName, ZHEJIANG);
        PilotCityApplicationTest.recommendAndFile(cases, jiangsuCity, year + "-02-01");
        PilotCityApplicationTest.recommendAndFile(cases, zhejiangCity, year + "-02-01");
        SipoCalls.pilotCities(engine).run(year + "-03-20", Map.of(jiangsuCity, YearlyCallProcess.APPROVE,
                zhejiangCity, YearlyCallProcess.APPROVE));
        EngineClock.setTo(year + "-06-12T10:00");
        sipoFindsFraud(jiangsuCity, year + "-06-11");
    }

    private static JsonNode json(String user, int year) throws Exception {
        HttpResponse<String> read = Http.as(user).get("/api/register/year-lists/" + year);
        assertThat(read.statusCode()).as(user + ": " + read.body()).isEqualTo(200);
        return JSON.readTree(read.body());
    }

    @Test
    void pm7_pm31_theYearsLists_sameRowsAsJsonAndCsv_readByEveryOfficeAndSipo() throws Exception {
        publishedYear(2041, "320200", "330100", "Hangzhou");

        JsonNode lists = json(HANGZHOU, 2041);
        assertThat(lists.path("year").asInt()).isEqualTo(2041);
        assertThat(lists.path("pilotReplyNoticeDate").asText()).isEqualTo("2041-03-20");
        JsonNode approved = lists.path("approvedPilotCities");
        assertThat(approved).hasSize(2);
        assertThat(approved.get(0).path("holderId").asText()).isEqualTo("320200");
        assertThat(approved.get(0).path("holderName").asText()).isEqualTo(AWKWARD_NAME);
        assertThat(approved.get(0).path("province").asText()).isEqualTo("Jiangsu");
        assertThat(approved.get(0).path("date").asText()).isEqualTo("2041-03-20");
        assertThat(approved.get(0).path("ruleId").asText()).isEqualTo("PM-7");
        assertThat(approved.get(1).path("holderName").asText()).isEqualTo("Hangzhou");
        assertThat(approved.get(1).path("province").asText()).isEqualTo("Zhejiang");
        JsonNode withdrawn = lists.path("withdrawnTitles");
        assertThat(withdrawn).hasSize(1);
        assertThat(withdrawn.get(0).path("holderName").asText()).isEqualTo(AWKWARD_NAME);
        assertThat(withdrawn.get(0).path("outcome").asText()).isEqualTo("CANCELLED");
        assertThat(withdrawn.get(0).path("ruleId").asText()).isEqualTo("PM-31");
        assertThat(withdrawn.get(0).path("date").asText()).as("the day the register recorded it").isEqualTo("2041-06-12");
        assertThat(withdrawn.get(0).path("reason").asText()).contains(FINDING);
        assertThat(lists.path("bans")).as("I-4: PM-31 imposes no ban").isEmpty();
        assertThat(lists.path("selectedModelCities")).isEmpty();
        assertThat(lists.path("ratifiedAreas")).isEmpty();

        // The lists are published: SIPO, a province of neither city's and a city read the same.
        for (String user : new String[] {SIPO, JIANGSU, ZHEJIANG, HANGZHOU}) {
            assertThat(json(user, 2041)).as(user).isEqualTo(lists);
        }

        HttpResponse<String> csv = Http.as(JIANGSU).get("/api/register/year-lists/2041?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv").contains("UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .contains("filename=\"year-lists-2041.csv\"");
        List<List<String>> rows = parseCsv(csv.body());
        assertThat(rows.get(0)).containsExactly("year", "list", "outcome", "holder_id", "holder_name", "province_code",
                "province", "title", "date", "rule_id", "until", "reason");
        List<List<String>> entries = rows.subList(1, rows.size());
        List<String> jsonHolders = new ArrayList<>();
        for (String list : new String[] {"approvedPilotCities", "selectedModelCities", "ratifiedAreas", "withdrawnTitles",
            "bans"}) {
            lists.path(list).forEach(entry -> jsonHolders.add(entry.path("holderName").asText()));
        }
        assertThat(entries).hasSize(jsonHolders.size());
        assertThat(entries.stream().map(row -> row.get(4)).toList()).isEqualTo(jsonHolders);
        assertThat(entries.get(0)).containsExactly("2041", "APPROVED_PILOT_CITIES", "APPROVED", "320200", AWKWARD_NAME,
                "32", "Jiangsu", "PILOT_CITY", "2041-03-20", "PM-7", "", "");
        assertThat(csv.body()).contains("\"Wuxi, \"\"Taihu\"\" <script>alert(1)</script>\"");
        assertThat(entries.get(2).get(11)).contains(FINDING);
        assertThat(Http.as(HANGZHOU).get("/api/register/year-lists/2041.csv").body()).isEqualTo(csv.body());
    }

    @Test
    void pm31_thePage_showsEveryListWithTheCsvLink_andEscapesWhatItShows() throws Exception {
        publishedYear(2043, "320400", "330200", "Ningbo");
        for (String path : new String[] {"/api/register/year-lists/2043.html", "/api/register/year-lists.html?year=2043"}) {
            HttpResponse<String> page = Http.as(ZHEJIANG).get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(page.body()).contains("<h1>Published lists of 2043</h1>")
                    .contains("name=\"year\"").contains("href=\"/api/register/year-lists/2043.csv\"")
                    .contains("Approved pilot cities").contains("Selected model cities").contains("Ratified cluster areas")
                    .contains("Titles withdrawn or cancelled").contains("Bans imposed")
                    .contains("<td>Wuxi, &quot;Taihu&quot; &lt;script&gt;alert(1)&lt;/script&gt;</td>")
                    .contains("&lt;script&gt;alert(2)&lt;/script&gt;").contains("<td>Jiangsu</td>").contains("<td>Ningbo</td>")
                    .doesNotContain("<script>");
        }
        assertThat(Http.as(HANGZHOU).get("/api/register/year-lists/2043.html").statusCode()).isEqualTo(200);
        HttpResponse<String> anonymous = Http.anonymous(SpringEngine.baseUrl()).get("/api/register/year-lists/2043.html");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElse(""))
                .as("a browser asks for the office's user and password").startsWith("Basic");
    }

    @Test
    void pm14_i6_aPilotTitleWithdrawnOnItsAcceptance_andItsBan_areOnTheListsOfTheYearOfTheDecision() throws Exception {
        EngineClock.setTo("2042-02-01T09:00");
        applies("320700", "Lianyungang", JIANGSU);
        PilotCityApplicationTest.recommendAndFile(cases, "320700", "2042-02-01");
        SipoCalls.pilotCities(engine).run("2042-03-20", Map.of("320700", YearlyCallProcess.APPROVE));
        cases.at("2045-03-20T00:00", "320700");
        EngineClock.setTo("2045-05-10T16:00");
        cases.complete("320700", PilotCityRoundProcess.TASK_HOLD_ACCEPTANCE, Map.of(
                PilotCityRoundProcess.Vars.ACCEPTANCE_SCORE.name(), 59.0,
                PilotCityRoundProcess.Vars.ACCEPTANCE_ENDED_ON.name(), "2045-05-10"));
        cases.complete("320700", PilotCityRoundProcess.TASK_HAND_OVER, Map.of(
                PilotCityRoundProcess.Vars.HANDED_OVER_ON.name(), "2045-05-10", "materialsReference", "Su Zhi [2045] No. 8"));

        assertThat(json(SIPO, 2042).path("approvedPilotCities").get(0).path("holderName").asText()).isEqualTo("Lianyungang");
        JsonNode lists = json(ZHEJIANG, 2045);
        assertThat(lists.path("approvedPilotCities")).isEmpty();
        assertThat(lists.path("withdrawnTitles")).singleElement().satisfies(entry -> {
            assertThat(entry.path("holderName").asText()).isEqualTo("Lianyungang");
            assertThat(entry.path("outcome").asText()).isEqualTo("WITHDRAWN");
            assertThat(entry.path("ruleId").asText()).isEqualTo("PM-14");
            assertThat(entry.path("date").asText()).isEqualTo("2045-05-10");
        });
        assertThat(lists.path("bans")).singleElement().satisfies(entry -> {
            assertThat(entry.path("holderName").asText()).isEqualTo("Lianyungang");
            assertThat(entry.path("province").asText()).isEqualTo("Jiangsu");
            assertThat(entry.path("title").asText()).isEqualTo("PILOT_CITY");
            assertThat(entry.path("ruleId").asText()).isEqualTo("PM-14");
            assertThat(entry.path("date").asText()).isEqualTo("2045-05-10");
            assertThat(entry.path("until").asText()).isEqualTo("2047-05-09");
        });
        assertThat(parseCsv(Http.as(HANGZHOU).get("/api/register/year-lists/2045.csv").body()).get(2))
                .containsExactly("2045", "BANS", "BANNED", "320700", "Lianyungang", "32", "Jiangsu", "PILOT_CITY",
                        "2045-05-10", "PM-14", "2047-05-09", lists.path("bans").get(0).path("reason").asText());
        assertThat(json(SIPO, 2044).path("withdrawnTitles")).isEmpty();
    }

    @Test
    void theRoute_refusesNobody_writesAndAYearThatIsNotOne_andNothingChanges() throws Exception {
        publishedYear(2046, "320500", "330300", "Wenzhou");
        String before = Http.as(SIPO).get("/api/register/year-lists/2046").body();

        for (String path : new String[] {"/api/register/year-lists/2046", "/api/register/year-lists/2046.csv",
            "/api/register/year-lists/2046.html", "/api/register/year-lists.html?year=2046"}) {
            assertThat(Http.anonymous(SpringEngine.baseUrl()).get(path).statusCode()).as(path).isEqualTo(401);
            assertThat(Http.as(SpringEngine.baseUrl(), TestUsers.basic("lists-nobody", "Wrong-Pass-1")).get(path).statusCode()).isEqualTo(401);
        }
        String forged = "{\"withdrawnTitles\": [], \"approvedPilotCities\": [{\"holderId\": \"330100\"}]}";
        for (String user : new String[] {SIPO, JIANGSU, ZHEJIANG, HANGZHOU}) {
            for (String path : new String[] {"/api/register/year-lists/2046", "/api/register/year-lists/2046.csv"}) {
                assertThat(Http.as(user).postJson(path, forged).statusCode()).as(user + " POST " + path).isEqualTo(405);
                assertThat(Http.as(user).putJson(path, forged).statusCode()).as(user + " PUT " + path).isEqualTo(405);
                assertThat(Http.as(user).delete(path).statusCode()).as(user + " DELETE " + path).isEqualTo(405);
            }
        }
        assertThat(Http.as(SIPO).get("/api/register/year-lists/2046").body()).isEqualTo(before);
        assertThat(register.designationsOf("330300")).singleElement()
                .satisfies(title -> assertThat(title.getStatus()).isEqualTo(DesignationStatus.ACTIVE));

        for (String year : new String[] {"abc", "1999", "2101", "-2046", "99999"}) {
            for (String path : new String[] {"/api/register/year-lists/" + year, "/api/register/year-lists/" + year + ".csv",
                "/api/register/year-lists/" + year + ".html", "/api/register/year-lists.html?year=" + year}) {
                HttpResponse<String> refused = Http.as(JIANGSU).get(path);
                assertThat(refused.statusCode()).as(path).isEqualTo(400);
                assertThat(JSON.readTree(refused.body()).path("error").asText()).as(path)
                        .startsWith("year must be a whole number from 2000 to 2100").contains(year);
            }
        }
        HttpResponse<String> noYear = Http.as(JIANGSU).get("/api/register/year-lists.html");
        assertThat(noYear.statusCode()).isEqualTo(400);
        assertThat(noYear.body()).contains("year");
        HttpResponse<String> format = Http.as(JIANGSU).get("/api/register/year-lists/2046?format=xml");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.body()).contains("format").contains("xml");
        assertThat(Http.as(SIPO).get("/api/register/year-lists/2046").body()).isEqualTo(before);
    }

    /** An RFC 4180 reading of the CSV: quoted cells with doubled quotes, rows ended by a line break. */
    private static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
