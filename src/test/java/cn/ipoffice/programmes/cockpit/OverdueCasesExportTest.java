package cn.ipoffice.programmes.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.register.EscalationStep;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.Escalations;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.SpringEngine;
import cn.ipoffice.programmes.support.TestUsers;
import cn.ipoffice.programmes.support.WebappSession;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The overdue page as a CSV file and an Excel workbook: exactly the rows the page shows the user (a province its own
 * cities' cases, the cases needing action first), with the owner, its users and the actions; the page's filter narrows
 * the file as it narrows the page. Suzhou's and Wuxi's (Jiangsu) and Jiaxing's (Zhejiang) 2025 reports are late; Jiangsu
 * has followed Suzhou's up.
 */
@ProcessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverdueCasesExportTest {

    private static final String JIANGSU = OverdueCaseActionsTest.JIANGSU;
    private static final String ZHEJIANG = "ova-zhejiang";
    private static final String EXPORT = OverdueCaseActionsTest.COCKPIT_CASES + "/export.";

    @Autowired
    ProcessEngine engine;
    @Autowired
    Register register;

    private String suzhou;
    private String wuxi;
    private String jiaxing;

    /** Once for the class, within its first test (the coverage of a class counts the cases its tests start). */
    @BeforeEach
    void threeReportsLate_suzhousFollowedUp() {
        if (suzhou == null) {
            OverdueCaseActionsTest.officeUser(engine.getIdentityService(), JIANGSU, "Zhou", "Min", "zhou.min@jsip.example.org",
                    "province-32");
            OverdueCaseActionsTest.officeUser(engine.getIdentityService(), ZHEJIANG, "Chen", "Jie", null, "province-33");
            OverdueCaseActionsTest.officeUser(engine.getIdentityService(), "ova-320500-li", "Li", "Wei",
                    "li.wei@320500.example.org", "gov-320500");
            OverdueCaseActionsTest.officeUser(engine.getIdentityService(), "ova-320500-wang", "Wang", "Fang", null,
                    "gov-320500");
            suzhou = OverdueCaseActionsTest.overdueReport(engine, register, "320500", "Suzhou");
            wuxi = OverdueCaseActionsTest.overdueReport(engine, register, "320200", "Wuxi");
            jiaxing = OverdueCaseActionsTest.overdueReport(engine, register, "330400", "Jiaxing");
            String escalation = engine.getTaskService().createTaskQuery().processInstanceId(suzhou)
                    .taskDefinitionKey(AnnualReportProcess.TASK_ESCALATE).singleResult().getId();
            assertThat(Http.as(JIANGSU).postJson("/engine-rest/task/" + escalation + "/submit-form", Escalations.asRestBody(
                    EscalationStep.TALK_HELD, "2026-02-10", "Met the deputy mayor, \"next week\"")).statusCode()).isEqualTo(204);
        }
        EngineClock.setTo("2026-02-03T09:00");
    }

    private static WebappSession signedIn(String user) {
        return WebappSession.loggedIn(SpringEngine.baseUrl(), user, TestUsers.PASSWORD);
    }

    /** The records of a CSV file (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
    private static List<List<String>> records(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).as("a byte order mark for spreadsheet programs").startsWith("\uFEFF");
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
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
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return records;
    }

    @Test
    void theCsvHoldsThePagesRows_inItsOrder_withOwnerUsersAndActions() {
        List<OverdueCase> page = OverdueCaseActionsTest.rows(engine, "2026-02-03T09:00", JIANGSU, "province-32");
        assertThat(page).extracting(OverdueCase::processInstanceId).containsExactly(wuxi, suzhou);

        HttpResponse<byte[]> csv = signedIn(JIANGSU).getBytes(EXPORT + "csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"overdue-cases-2026-02-03.csv\"");
        List<List<String>> records = records(csv.body());
        assertThat(records.get(0)).containsExactly("Status", "Holder", "Code", "Province", "Process", "Rule",
                "Deadline (last day, 24:00 CST)", "Days late", "Owes the step", "Users of the office", "Actions recorded",
                "Last action on", "Follow-up day", "Case");
        assertThat(records.subList(1, records.size())).extracting(record -> record.get(13)).containsExactly(wuxi, suzhou);
        List<String> suzhouRecord = records.get(2);
        assertThat(suzhouRecord.subList(0, 10)).containsExactly("Followed up, back on 10 February 2026", "Suzhou", "320500",
                "Jiangsu", "Annual report (CA-15, PM-12, PM-26)", "PM-12", "2026-01-31", "3",
                "Suzhou municipal government (gov-320500)",
                "Li Wei (ova-320500-li) li.wei@320500.example.org; Wang Fang (ova-320500-wang)");
        assertThat(suzhouRecord.get(10)).isEqualTo("3 February 2026: Talk held with the responsible office, by ova-jiangsu:"
                + " Met the deputy mayor, \"next week\"; follow up on 10 February 2026");
        assertThat(suzhouRecord.subList(11, 13)).containsExactly("2026-02-03", "2026-02-10");
        assertThat(records.get(1).get(0)).isEqualTo("Needs action");
    }

    @Test
    void theWorkbookHoldsTheSameRows_daysAsDays_andNumbersAsNumbers() throws Exception {
        HttpResponse<byte[]> xlsx = signedIn(JIANGSU).getBytes(EXPORT + "xlsx");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            XSSFSheet sheet = workbook.getSheet("Overdue cases");
            assertThat(sheet.getLastRowNum()).as("two rows under the headings").isEqualTo(2);
            Row suzhouRow = sheet.getRow(2);
            assertThat(suzhouRow.getCell(13).getStringCellValue()).isEqualTo(suzhou);
            assertThat(suzhouRow.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 31));
            assertThat(suzhouRow.getCell(7).getNumericCellValue()).isEqualTo(3);
            assertThat(suzhouRow.getCell(12).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 10));
            assertThat(sheet.getRow(1).getCell(13).getStringCellValue()).isEqualTo(wuxi);
        }
    }

    @Test
    void anotherProvincesExportHoldsItsOwnCasesOnly_andTheFilterNarrowsTheFileAsThePage() {
        HttpResponse<byte[]> zhejiangs = signedIn(ZHEJIANG).getBytes(EXPORT + "csv");
        List<List<String>> records = records(zhejiangs.body());
        assertThat(records.subList(1, records.size())).extracting(record -> record.get(13)).containsExactly(jiaxing);
        assertThat(new String(zhejiangs.body(), StandardCharsets.UTF_8))
                .doesNotContain("Suzhou", "Wuxi", "ova-320500-li", "li.wei@320500.example.org", "deputy mayor");

        List<OverdueCase> page = OverdueCaseActionsTest.rows(engine, "2026-02-03T09:00", JIANGSU, "province-32");
        assertThat(page.stream().filter(row -> row.matches("LI.WEI@320500")).map(OverdueCase::processInstanceId))
                .containsExactly(suzhou);
        List<List<String>> filtered = records(signedIn(JIANGSU).getBytes(EXPORT + "csv?filter=LI.WEI%40320500").body());
        assertThat(filtered.subList(1, filtered.size())).extracting(record -> record.get(13)).containsExactly(suzhou);
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheFormats_andNobodySignedInGetsNothing() {
        HttpResponse<String> pdf = signedIn(JIANGSU).get(EXPORT + "pdf");
        assertThat(pdf.statusCode()).isEqualTo(400);
        assertThat(pdf.body()).contains("Unknown export format 'pdf'; expected csv or xlsx");

        HttpResponse<String> anonymous = Http.anonymous(SpringEngine.baseUrl()).get(EXPORT + "csv");
        assertThat(anonymous.statusCode()).isIn(401, 403);
        assertThat(anonymous.body()).doesNotContain("Suzhou", "Jiaxing");
    }
}
