package cn.ipoffice.programmes.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Decide;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationTest;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.SipoFigures;
import cn.ipoffice.programmes.support.SpringEngine;
import cn.ipoffice.programmes.support.TestMailServer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An SMTP server that is down never stops a case: the case's steps go on, each mail waits in its engine job, which the
 * engine retries after the failed-job retry cycle (R3/PT5M) and reports as an incident after the last retry; once the
 * server is back, the next retry sends the mail.
 */
class FailingSmtpTest extends CaseTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestMailServer.extension();

    private static final String ADDRESS = "mail-down-jiangsu@province32.test";

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void serverDown() {
        EngineClock.setTo("2019-03-04T09:00");
        Mailboxes.user(engine.getIdentityService(), "mail-down-jiangsu", ADDRESS, "province-32");
        SMTP.stop();
    }

    @AfterEach
    void forgetMail() {
        Mailboxes.forget(engine.getManagementService(), jdbc);
    }

    @AfterAll
    static void forgetUsers() {
        Mailboxes.deleteUsers(SpringEngine.bean(IdentityService.class), "mail-down-jiangsu");
    }

    private String applyFor(String code, String name) {
        SipoFigures.ofThePreviousYear(code);
        cases.apply(PilotCityApplicationProcess.KEY, PilotCityApplicationTest.application(code, name, "PREFECTURE_LEVEL_CITY"));
        return cases.running(PilotCityApplicationProcess.KEY, code).getId();
    }

    private void later(Duration duration) {
        ClockUtil.setCurrentTime(java.util.Date.from(ClockUtil.now().toInstant().plus(duration)));
    }

    @Test
    void aServerThatIsDown_doesNotStopTheCase_andTheMailGoesOutOnARetryOnceItIsBack() {
        applyFor("321100", "Zhenjiang");
        Job mail = Mailboxes.dueMailJobs(engine.getManagementService()).get(0);

        assertThatThrownBy(() -> engine.getManagementService().executeJob(mail.getId()))
                .hasMessageContaining("Mail server connection failed");
        Job failed = engine.getManagementService().createJobQuery().jobId(mail.getId()).singleResult();
        assertThat(failed.getRetries()).isEqualTo(2);
        assertThat(failed.getDuedate().toInstant()).isEqualTo(ClockUtil.now().toInstant().plus(Duration.ofMinutes(5)));
        assertThat(Mailboxes.dueMailJobs(engine.getManagementService())).isEmpty();

        // The case goes on meanwhile: the province recommends, and the experts' task is there.
        cases.submit("321100", PilotCityApplicationProcess.TASK_INVESTIGATE,
                Map.of(Decide.INVESTIGATION_OUTCOME.name(), "RECOMMEND", "investigationRemarks", "Solid IP work"));
        assertThat(cases.tasks("321100", PilotCityApplicationProcess.TASK_DELIBERATE)).hasSize(1);

        SMTP.start();
        later(Duration.ofMinutes(5));
        assertThat(Mailboxes.sendDueMail(engine.getManagementService())).isEqualTo(2);

        assertThat(Mailboxes.to(SMTP.getReceivedMessages(), ADDRESS)).extracting(Mailboxes::subject)
                .containsExactlyInAnyOrder(
                        "[IP programmes] New task: Investigate Zhenjiang (321100) for recommendation (PM-6)",
                        "[IP programmes] New task: Expert deliberation on the themes and plan of Zhenjiang (PM-6)");
        assertThat(engine.getManagementService().createJobQuery().jobId(mail.getId()).count()).isZero();
    }

    @Test
    void aMailThatCannotBeSentAfterItsRetries_isAnIncident_andTheCaseRunsOn() {
        String application = applyFor("321200", "Taizhou");
        String mail = Mailboxes.dueMailJobs(engine.getManagementService()).get(0).getId();

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> engine.getManagementService().executeJob(mail))
                    .as("attempt " + attempt).hasMessageContaining("Mail server connection failed");
            later(Duration.ofMinutes(5));
        }

        Job exhausted = engine.getManagementService().createJobQuery().jobId(mail).singleResult();
        assertThat(exhausted.getRetries()).isZero();
        assertThat(exhausted.getExceptionMessage()).contains("Mail server connection failed");
        List<Incident> incidents = engine.getRuntimeService().createIncidentQuery()
                .incidentType(Incident.FAILED_JOB_HANDLER_TYPE).configuration(mail).list();
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).getIncidentMessage()).contains("Mail server connection failed");
        assertThat(Mailboxes.dueMailJobs(engine.getManagementService())).isEmpty();

        assertThat(cases.running(PilotCityApplicationProcess.KEY, "321200").getId()).isEqualTo(application);
        assertThat(cases.tasks("321200", PilotCityApplicationProcess.TASK_INVESTIGATE)).hasSize(1);
    }
}
