package cn.ipoffice.programmes.notify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.deadlines.DeadlineWords;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationTest;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.SipoFigures;
import cn.ipoffice.programmes.support.SpringEngine;
import cn.ipoffice.programmes.support.TestMailServer;
import cn.ipoffice.programmes.support.TestUsers;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A user who chose the daily digest on the settings page gets no single mail: the day's items wait, and at 07:00 China
 * Standard Time (not at 06:59, whatever the server's zone) one mail lists each of them; a user of the same office who
 * kept single mails gets each at once and no digest.
 */
class DailyDigestTest extends CaseTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestMailServer.extension();

    private static final String DIGEST = "digest@province32.test";
    private static final String SINGLE = "single@province32.test";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetMail() {
        Mailboxes.forget(engine.getManagementService(), jdbc);
    }

    @AfterAll
    static void forgetUsers() {
        Mailboxes.deleteUsers(SpringEngine.bean(IdentityService.class), "digest-jiangsu", "single-jiangsu");
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    private void applyFor(String code, String name) {
        SipoFigures.ofThePreviousYear(code);
        cases.apply(PilotCityApplicationProcess.KEY, PilotCityApplicationTest.application(code, name, "PREFECTURE_LEVEL_CITY"));
    }

    @Test
    void aDigestUser_getsOneMailAt0700CstListingTheDaysItems_andNoSingleMail() {
        ManagementService management = engine.getManagementService();
        Mailboxes.user(engine.getIdentityService(), "digest-jiangsu", DIGEST, "province-32");
        Mailboxes.user(engine.getIdentityService(), "single-jiangsu", SINGLE, "province-32");
        // The digest's day begins after its last 07:00 run.
        Job timer = Mailboxes.digestTimer(management);
        at(timer.getDuedate().toInstant().plus(Duration.ofHours(1)));
        management.executeJob(timer.getId());
        LocalDate day = DeadlineCalendar.dayOf(ClockUtil.now().toInstant());
        Instant sevenNextMorning = day.plusDays(1).atTime(7, 0).atZone(DeadlineCalendar.CHINA).toInstant();
        assertThat(Mailboxes.digestTimer(management).getDuedate().toInstant()).isEqualTo(sevenNextMorning);

        HttpResponse<String> chosen = SettingsPages.choose(SettingsPages.signIn("digest-jiangsu", TestUsers.PASSWORD),
                null, "digest");
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);

        applyFor("320900", "Yancheng");
        at(ClockUtil.now().toInstant().plus(Duration.ofHours(6)));
        applyFor("321000", "Yangzhou");
        Task yancheng = cases.task("320900", PilotCityApplicationProcess.TASK_INVESTIGATE);
        Task yangzhou = cases.task("321000", PilotCityApplicationProcess.TASK_INVESTIGATE);
        Mailboxes.sendDueMail(management);
        assertThat(Mailboxes.to(SMTP.getReceivedMessages(), SINGLE)).hasSize(2);
        assertThat(Mailboxes.to(SMTP.getReceivedMessages(), DIGEST)).isEmpty();

        at(sevenNextMorning.minus(Duration.ofMinutes(1)));
        assertThat(management.createJobQuery().jobId(Mailboxes.digestTimer(management).getId()).executable().count())
                .as("the digest timer at 06:59 CST").isZero();
        assertThat(Mailboxes.sendDueMail(management)).isZero();

        at(sevenNextMorning);
        Job due = Mailboxes.digestTimer(management);
        assertThat(management.createJobQuery().jobId(due.getId()).executable().count()).isEqualTo(1);
        management.executeJob(due.getId());
        assertThat(Mailboxes.sendDueMail(management)).isEqualTo(1);

        List<MimeMessage> digests = Mailboxes.to(SMTP.getReceivedMessages(), DIGEST);
        assertThat(digests).hasSize(1);
        assertThat(Mailboxes.subject(digests.get(0)))
                .isEqualTo("[IP programmes] Daily digest of " + DeadlineWords.day(day.plusDays(1)) + ": 2 items");
        assertThat(Mailboxes.text(digests.get(0)))
                .contains("1. New task: Investigate Yancheng (320900) for recommendation (PM-6)")
                .contains("2. New task: Investigate Yangzhou (321000) for recommendation (PM-6)")
                .contains(TestMailServer.BASE_URL + "/camunda/app/tasklist/default/#/?task=" + yancheng.getId())
                .contains(TestMailServer.BASE_URL + "/camunda/app/tasklist/default/#/?task=" + yangzhou.getId())
                .contains("Holder Yancheng (320900) \u00b7 rule PM-6 \u00b7 last day ");
        assertThat(Mailboxes.to(SMTP.getReceivedMessages(), SINGLE)).hasSize(2);
        assertThat(Mailboxes.digestTimer(management).getDuedate().toInstant())
                .isEqualTo(sevenNextMorning.plus(Duration.ofDays(1)));

        // The next morning lists nothing already sent.
        at(sevenNextMorning.plus(Duration.ofDays(1)));
        management.executeJob(Mailboxes.digestTimer(management).getId());
        assertThat(Mailboxes.sendDueMail(management)).isZero();
    }
}
