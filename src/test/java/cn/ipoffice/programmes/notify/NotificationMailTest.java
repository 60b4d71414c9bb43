package cn.ipoffice.programmes.notify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Decide;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Materials;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationTest;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.SipoCalls;
import cn.ipoffice.programmes.support.SipoFigures;
import cn.ipoffice.programmes.support.SpringEngine;
import cn.ipoffice.programmes.support.TestMailServer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the offices are mailed, read from an SMTP server (GreenMail) as they read it: work arriving for an office's group
 * goes to its users with an address and to no other province's; an application sent back for revision goes to the city
 * (PM-6), a filing with a missing material back to the province; a title granted (PM-7) to the city's government and its
 * province; an escalation of a missed deadline (PM-8) to the supervising group. Each names the holder, the step, the rule,
 * the last day in China Standard Time and the link that opens it; the suite runs under Los Angeles time.
 */
class NotificationMailTest extends CaseTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestMailServer.extension();

    private static final String JIANGSU_A = "mail-jiangsu-a@province32.test";
    private static final String JIANGSU_B = "mail-jiangsu-b@province32.test";
    private static final String ZHEJIANG = "mail-zhejiang@province33.test";

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void offices() {
        EngineClock.setTo("2019-03-04T09:00");
        Mailboxes.user(engine.getIdentityService(), "mail-jiangsu-a", JIANGSU_A, "province-32");
        Mailboxes.user(engine.getIdentityService(), "mail-jiangsu-b", JIANGSU_B, "province-32");
        Mailboxes.user(engine.getIdentityService(), "mail-jiangsu-none", null, "province-32");
        Mailboxes.user(engine.getIdentityService(), "mail-zhejiang", ZHEJIANG, "province-33");
    }

    @AfterEach
    void forgetMail() {
        Mailboxes.forget(engine.getManagementService(), jdbc);
    }

    @AfterAll
    static void forgetUsers() {
        Mailboxes.deleteUsers(SpringEngine.bean(IdentityService.class), "mail-jiangsu-a", "mail-jiangsu-b", "mail-jiangsu-none", "mail-zhejiang", "mail-lianyungang", "mail-xuzhou");
    }

    private void applyFor(String code, String name) {
        SipoFigures.ofThePreviousYear(code);
        cases.apply(PilotCityApplicationProcess.KEY, PilotCityApplicationTest.application(code, name, "PREFECTURE_LEVEL_CITY"));
    }

    private MimeMessage onlyMailTo(String address) {
        List<MimeMessage> mails = Mailboxes.to(SMTP.getReceivedMessages(), address);
        assertThat(mails).as("mails to " + address).hasSize(1);
        return mails.get(0);
    }

    private static String link(Task task) {
        return TestMailServer.BASE_URL + "/camunda/app/tasklist/default/#/?task=" + task.getId();
    }

    @Test
    void aTaskForProvince32_mailsItsUsersWithAnAddress_andNoUserOfProvince33() throws Exception {
        applyFor("320200", "Wuxi");
        Task investigation = cases.task("320200", PilotCityApplicationProcess.TASK_INVESTIGATE);

        assertThat(SMTP.getReceivedMessages()).as("nothing is sent in the case's step").isEmpty();
        assertThat(Mailboxes.sendDueMail(engine.getManagementService())).isEqualTo(2);

        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        assertThat(Mailboxes.to(SMTP.getReceivedMessages(), ZHEJIANG)).isEmpty();
        for (String address : List.of(JIANGSU_A, JIANGSU_B)) {
            MimeMessage mail = onlyMailTo(address);
            assertThat(Mailboxes.subject(mail)).isEqualTo("[IP programmes] New task: " + investigation.getName());
            assertThat(Mailboxes.text(mail)).contains("A task has arrived for your office.")
                    .contains("Holder:   Wuxi (320200)")
                    .contains("Step:     Investigate Wuxi (320200) for recommendation (PM-6)")
                    .contains("Rule:     PM-6")
                    // Due within a month of 4 March 2019: 4 April 2019, 24:00 in China, whatever the server's zone.
                    .contains("Last day: 4 April 2019, 24:00 CST")
                    .contains("Open it: " + link(investigation))
                    .contains(TestMailServer.BASE_URL + "/offices/settings");
            assertThat(mail.getFrom()[0].toString()).isEqualTo(TestMailServer.FROM);
        }
    }

    @Test
    void pm6_aPlanSentBackForRevision_mailsTheCity_andAFilingMissingAMaterial_mailsTheProvince() {
        Mailboxes.user(engine.getIdentityService(), "mail-lianyungang", "gov@lianyungang.test", "gov-320700");
        applyFor("320700", "Lianyungang");
        cases.submit("320700", PilotCityApplicationProcess.TASK_INVESTIGATE,
                Map.of(Decide.INVESTIGATION_OUTCOME.name(), "REVISE", "investigationRemarks", "Themes too broad"));
        Task revision = cases.task("320700", PilotCityApplicationProcess.TASK_REVISE_PLAN);
        Mailboxes.sendDueMail(engine.getManagementService());

        MimeMessage sentBack = onlyMailTo("gov@lianyungang.test");
        assertThat(Mailboxes.subject(sentBack)).isEqualTo("[IP programmes] Sent back: " + revision.getName());
        assertThat(Mailboxes.text(sentBack)).contains("sent back to your office for revision")
                .contains("Holder:   Lianyungang (320700)").contains("Rule:     PM-6")
                .contains("Last day: 4 April 2019, 24:00 CST").contains(link(revision));

        cases.complete("320700", PilotCityApplicationProcess.TASK_REVISE_PLAN, Map.of(
                PilotCityApplicationProcess.Apply.FEATURED_THEMES.name(), "Port logistics patents",
                PilotCityApplicationProcess.Apply.WORK_PLAN_REFERENCE.name(), "v2"));
        cases.submit("320700", PilotCityApplicationProcess.TASK_INVESTIGATE,
                Map.of(Decide.INVESTIGATION_OUTCOME.name(), "RECOMMEND", "investigationRemarks", "Now focused"));
        cases.submit("320700", PilotCityApplicationProcess.TASK_DELIBERATE,
                Map.of(Decide.DELIBERATION_OUTCOME.name(), "PLAN_APPROVED", "deliberationRemarks", "Sound"));
        Mailboxes.sendDueMail(engine.getManagementService());
        SMTP.reset();
        Map<String, Object> filing = new HashMap<>(Map.of(Materials.RECOMMENDATION_LETTER.name(), true,
                Materials.APPLICATION_LETTER.name(), true, Materials.WORK_PLAN.name(), true,
                Materials.BASIC_STATUS_TABLE.name(), true, Materials.CERTIFICATION_MATERIALS.name(), false,
                "filedOn", "2019-03-04"));
        cases.submit("320700", PilotCityApplicationProcess.TASK_FILE, filing);
        Task filingAgain = cases.task("320700", PilotCityApplicationProcess.TASK_FILE);
        Mailboxes.sendDueMail(engine.getManagementService());

        MimeMessage back = onlyMailTo(JIANGSU_A);
        assertThat(Mailboxes.subject(back)).isEqualTo("[IP programmes] Sent back: " + filingAgain.getName());
        assertThat(Mailboxes.text(back)).contains("Missing materials: ").contains("certification")
                .contains(link(filingAgain));
    }

    @Test
    void pm7_aTitleGranted_mailsTheCityAndItsProvince_withTheTerm_andNotAnotherProvince() {
        Mailboxes.user(engine.getIdentityService(), "mail-xuzhou", "gov@xuzhou.test", "gov-320300");
        applyFor("320300", "Xuzhou");
        PilotCityApplicationTest.recommendAndFile(cases, "320300", "2019-03-04");
        Mailboxes.sendDueMail(engine.getManagementService());
        SMTP.reset();

        SipoCalls.pilotCities(engine).approve("320300", "2019-11-18");
        Mailboxes.sendDueMail(engine.getManagementService());

        for (String address : List.of("gov@xuzhou.test", JIANGSU_A, JIANGSU_B)) {
            List<MimeMessage> decisions = Mailboxes.to(SMTP.getReceivedMessages(), address).stream()
                    .filter(mail -> Mailboxes.subject(mail).contains("Title decision")).toList();
            assertThat(decisions).as("title decisions mailed to " + address).hasSize(1);
            assertThat(Mailboxes.text(decisions.get(0))).contains("Holder:   Xuzhou (320300)")
                    .contains("Granted: pilot city, term 18 November 2019 to 17 November 2022, 24:00 CST (PM-7)")
                    .contains("Rule:     PM-7").contains("Last day: 17 November 2022, 24:00 CST")
                    .contains(TestMailServer.BASE_URL + "/offices/holders/320300");
        }
        assertThat(Mailboxes.to(SMTP.getReceivedMessages(), ZHEJIANG)).isEmpty();
        // The round starts in the same step: the city's work plan (PM-8) arrives as a task of its own.
        Task plan = cases.task("320300", PilotCityRoundProcess.TASK_RECORD_WORK_PLAN);
        assertThat(Mailboxes.to(SMTP.getReceivedMessages(), "gov@xuzhou.test"))
                .anyMatch(mail -> Mailboxes.text(mail).contains(link(plan)));
    }

    @Test
    void pm8_aMissedWorkPlan_isMailedToTheSupervisingProvinceAsAnEscalation() {
        applyFor("320400", "Changzhou");
        PilotCityApplicationTest.recommendAndFile(cases, "320400", "2019-03-04");
        SipoCalls.pilotCities(engine).approve("320400", "2019-11-18");
        Mailboxes.sendDueMail(engine.getManagementService());
        SMTP.reset();

        cases.at("2020-01-19T00:00", "320400");
        Task escalation = cases.task("320400", PilotCityRoundProcess.TASK_ESCALATE_WORK_PLAN);
        Mailboxes.sendDueMail(engine.getManagementService());

        MimeMessage mail = onlyMailTo(JIANGSU_B);
        assertThat(Mailboxes.subject(mail)).isEqualTo("[IP programmes] Escalated: " + escalation.getName());
        assertThat(Mailboxes.text(mail)).contains("the case is escalated to your office")
                .contains("Holder:   Changzhou (320400)").contains("Rule:     PM-8")
                .contains("Last day: 18 January 2020, 24:00 CST").contains(link(escalation));
        assertThat(Mailboxes.to(SMTP.getReceivedMessages(), ZHEJIANG)).isEmpty();
    }
}
