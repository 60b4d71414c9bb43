package cn.ipoffice.programmes.offices;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Viewer;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.WebappSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The offices' list of holders on the demo, under the webapps' login: a city sees its own, a province its cities and
 * areas, SIPO the country; nobody signed in sees nothing; the CSV and the workbook hold the page's rows; a filter that
 * names no title is refused with the titles there are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class HoldersPageTest {

    private static final Pattern HOLDER_CODE = Pattern.compile("<a href=\"/offices/holders/([0-9a-z-]+)\">");

    @LocalServerPort
    int port;
    @Autowired
    Register register;

    private String base() {
        return "http://localhost:" + port;
    }

    private List<String> codesOnPage(String user) {
        HttpResponse<String> page = WebappSession.loggedIn(base(), user, user).get("/offices/holders");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        Matcher matcher = HOLDER_CODE.matcher(page.body());
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    private List<String> registerCodes(String... groups) {
        return register.visibleTo(Viewer.of(List.of(groups))).keySet().stream().map(h -> h.getId()).toList();
    }

    @Test
    void aProvinceSeesItsCitiesAndAreasAndNoOtherProvincesHolder() {
        List<String> jiangsu = codesOnPage("jiangsu");
        assertThat(jiangsu).isNotEmpty().allMatch(code -> code.startsWith("32"));
        assertThat(jiangsu).containsAll(registerCodes("province-32"));
        assertThat(codesOnPage("zhejiang")).isNotEmpty().allMatch(code -> code.startsWith("33"));
    }

    @Test
    void aCitySeesItselfOnly() {
        assertThat(codesOnPage("suzhou")).isNotEmpty().allMatch(code -> code.equals("320500"));
    }

    @Test
    void sipoSeesTheCountry() {
        assertThat(codesOnPage("sipo")).containsAll(registerCodes("sipo"))
                .anyMatch(code -> code.startsWith("32")).anyMatch(code -> code.startsWith("42"));
    }

    @Test
    void nobodySignedInIsSentToTheLoginAndGetsNoData() {
        HttpResponse<String> page = Http.send(Http.anonymous(base()).request("/offices/holders")
                .header("Accept", "text/html").GET());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/camunda/app/tasklist/default/"));
        HttpResponse<String> export = Http.send(Http.anonymous(base()).request("/offices/holders.csv").GET());
        assertThat(export.statusCode()).isEqualTo(401);
        assertThat(export.body()).doesNotContain("320500");
        // Basic authentication of the REST API is not the webapps' login.
        HttpResponse<String> basic = Http.as(base(), "Basic " + java.util.Base64.getEncoder().encodeToString("jiangsu:jiangsu".getBytes(StandardCharsets.UTF_8))).get("/offices/holders.csv");
        assertThat(basic.statusCode()).isEqualTo(401);
    }

    @Test
    void theExportsHoldThePagesRows() throws IOException {
        WebappSession jiangsu = WebappSession.loggedIn(base(), "jiangsu", "jiangsu");
        String page = jiangsu.get("/offices/holders").body();
        int rowsOnPage = page.split("<tr>", -1).length - 2;
        HttpResponse<String> csv = jiangsu.get("/offices/holders.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).contains("holders.csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFHolder,Code,Province,Title");
        assertThat(lines).hasSize(rowsOnPage + 1);
        assertThat(lines.subList(1, lines.size())).allMatch(line -> line.contains(",32"));

        HttpResponse<byte[]> xlsx = jiangsu.getBytes("/offices/holders.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Holders");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(rowsOnPage);
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(1).getStringCellValue()).startsWith("32");
                }
            }
        }
    }

    @Test
    void aFilterThatNamesNoTitleIsRefusedWithTheTitlesThereAre() {
        HttpResponse<String> refused = WebappSession.loggedIn(base(), "jiangsu", "jiangsu")
                .get("/offices/holders?title=CAPITAL");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Unknown title 'CAPITAL'").contains("PILOT_CITY");
        HttpResponse<String> format = WebappSession.loggedIn(base(), "jiangsu", "jiangsu").get("/offices/holders.pdf");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.body()).contains("expected csv or xlsx");
    }

    @Test
    void aNameHoldingMarkupIsShownNotRun() {
        assertThat(new String(Html.text("<script>").getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo("&lt;script&gt;");
    }
}
