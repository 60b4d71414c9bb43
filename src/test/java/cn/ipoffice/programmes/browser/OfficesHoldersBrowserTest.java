package cn.ipoffice.programmes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.Browser;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The offices' holders and a holder's page in the browser, on the demo, after the login of Tasklist: a city sees itself,
 * a province its cities, areas and applicants and nothing of another province, SIPO the country; each opens a holder's
 * page from the list. Reads only. Screenshots in {@code target/browser/} ({@code offices-holders.png} and
 * {@code offices-holder-page.png} are the user guide's).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficesHoldersBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Register register;

    private Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open("http://localhost:" + port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The cells of a table's rows, as the browser shows them. */
    private List<List<String>> rows(String table) {
        return browser.all(By.cssSelector("#" + table + " tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
    }

    /** The codes of the list's rows. */
    private List<String> codes() {
        return rows("holders").stream().map(row -> row.get(1)).toList();
    }

    private void openHolders(String user) {
        browser.logIn("tasklist", user, user);
        browser.go("/offices/holders");
        browser.waitFor(By.id("holders"));
    }

    private void openHolder(String name) {
        browser.waitFor(By.xpath("//table[@id='holders']//a[normalize-space(.)='" + name + "']")).click();
        browser.waitFor(By.id("facts"));
    }

    @Test
    void aCitySeesItselfAndOpensItsPage() {
        openHolders("suzhou");
        assertThat(codes()).isNotEmpty().allMatch("320500"::equals);
        openHolder("Suzhou");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Suzhou (320500)");
        Designation model = register.activeDesignation("320500", Title.MODEL_CITY).orElseThrow();
        assertThat(rows("titles")).anyMatch(row -> row.subList(0, 6).equals(List.of("model city", "1",
                model.getTermStart().toString(), model.getTermEnd().toString(), "active", "PM-20")));
        assertThat(rows("tasks")).anyMatch(row -> row.get(0)
                .equals("Record the model-city work plan and coordination mechanism of Suzhou (PM-21)")
                && row.get(2).equals("government of Suzhou (320500)") && row.get(4).endsWith(", 24:00 CST")
                && row.get(5).equals("Open in Tasklist"));
    }

    @Test
    void aProvinceSeesItsHoldersAndApplicants_andNothingOfAnotherProvince() {
        openHolders("jiangsu");
        assertThat(codes()).isNotEmpty().allMatch(code -> code.startsWith("32")).contains("320400", "320500-sip");
        assertThat(rows("holders")).anyMatch(row -> row.subList(0, 6).equals(List.of("Changzhou", "320400", "Jiangsu",
                "pilot city", "", "applying")));
        browser.screenshot("offices-holders");

        openHolder("Lianyungang");
        String page = browser.text();
        assertThat(page).contains("Lianyungang (320700)").contains("Confirm the PM-32(c) finding on Lianyungang (320700)")
                .contains("Jiangsu assessed 2025: poor, rank 4 of 4").contains("SIPO approved Lianyungang as a pilot city")
                .doesNotContain("Zhejiang").doesNotContain("Hangzhou");
        assertThat(rows("deadlines")).isNotEmpty().allMatch(row -> row.get(3).endsWith(", 24:00 CST"));
        browser.screenshot("offices-holder-page");

        browser.go("/offices/holders/330100");
        WebElement refusal = browser.waitFor(By.id("refusal"));
        assertThat(refusal.getText()).isEqualTo("No holder with this code among the holders your offices may see.");
        assertThat(browser.text()).doesNotContain("Hangzhou");
    }

    @Test
    void sipoSeesTheCountryAndAModelCitysExaminations() {
        openHolders("sipo");
        assertThat(codes()).anyMatch(code -> code.startsWith("32")).anyMatch(code -> code.startsWith("44"))
                .contains("330400", "440600");
        openHolder("Shenzhen");
        assertThat(rows("examinations")).isNotEmpty();
        assertThat(browser.text()).contains("SIPO selected Shenzhen as a model city");
    }
}
