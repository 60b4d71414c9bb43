package cn.ipoffice.programmes.offices;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.notify.SendMailJob;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.WebappSession;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo's inbox {@code /offices/mail}: the demo's own SMTP server receives its notifications, and the page shows them
 * to administrators; to an office's user, SIPO's included, there is no such page; nobody signed in sees nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class DemoInboxPageTest {

    /** A few of the demo's mails, sent as the job executor would send them (the test profile runs no executor). */
    private static final int SENT = 5;

    @LocalServerPort
    int port;
    @Autowired
    ManagementService management;

    private String base() {
        return "http://localhost:" + port;
    }

    private void sendSomeOfTheDemosMail() {
        List<Job> mails = management.createJobQuery().executable().list().stream()
                .filter(job -> SendMailJob.TYPE.equals(((JobEntity) job).getJobHandlerType())).limit(SENT).toList();
        assertThat(mails).as("the demo's cases mailed their offices").hasSize(SENT);
        mails.forEach(job -> management.executeJob(job.getId()));
    }

    @Test
    void anAdministrator_readsTheMailsTheDemoSent() {
        sendSomeOfTheDemosMail();

        HttpResponse<String> inbox = WebappSession.loggedIn(base(), "demo", "demo").get("/offices/mail");

        assertThat(inbox.statusCode()).as(inbox.body()).isEqualTo(200);
        assertThat(inbox.body()).contains("<table id=\"inbox\">").contains("@example.org").contains("[IP programmes] ")
                .contains("Holder:").contains("/camunda/app/tasklist/default/#/?task=");
        int count = Integer.parseInt(inbox.body().replaceAll("(?s).*<p class=\"muted\" id=\"count\">(\\d+) mail.*", "$1"));
        assertThat(count).isGreaterThanOrEqualTo(SENT);
    }

    @Test
    void anOfficesUser_evenSipo_isToldThereIsNoSuchPage_andReadsNoMail() {
        sendSomeOfTheDemosMail();
        for (String user : List.of("jiangsu", "sipo", "suzhou")) {
            HttpResponse<String> refused = WebappSession.loggedIn(base(), user, user).get("/offices/mail");
            assertThat(refused.statusCode()).as(user).isEqualTo(404);
            assertThat(refused.body()).as(user).doesNotContain("[IP programmes]").doesNotContain("@example.org");
        }
    }

    @Test
    void nobodySignedIn_getsNoMail() {
        HttpResponse<String> anonymous = Http.send(Http.anonymous(base()).request("/offices/mail").GET());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("[IP programmes]");
    }
}
