package cn.ipoffice.programmes.offices;

import static cn.ipoffice.programmes.offices.Html.cell;
import static cn.ipoffice.programmes.offices.Html.text;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.notify.DemoMailServer;
import cn.ipoffice.programmes.register.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Mail" (demo profile only): the inbox of the demo's own SMTP server ({@link DemoMailServer}), every notification the
 * demo sent, the newest first, for administrators; anyone else is told there is no such page.
 */
@RestController
@Profile("demo")
class DemoInboxPage {

    static final String PATH = Html.BASE + "/mail";
    /** The newest mails shown; the inbox keeps them all until the demo stops. */
    static final int SHOWN = 300;
    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'CST'")
            .withZone(DeadlineCalendar.CHINA);

    private final DemoMailServer server;

    DemoInboxPage(DemoMailServer server) {
        this.server = server;
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request) {
        OfficeUser user = OfficePages.user(request);
        if (!user.groups().contains(Viewer.ADMINS)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No page " + PATH);
        }
        List<DemoMailServer.ReceivedMail> inbox = server.inbox();
        StringBuilder body = new StringBuilder(16384).append("<p class=\"muted\" id=\"count\">").append(inbox.size())
                .append(inbox.size() == 1 ? " mail" : " mails").append(" received by the demo's SMTP server")
                .append(inbox.size() > SHOWN ? ", the newest " + SHOWN + " shown" : "").append(".</p>\n");
        if (!inbox.isEmpty()) {
            body.append("<table id=\"inbox\"><thead><tr><th>Sent</th><th>To</th><th>Subject and text</th></tr></thead>")
                    .append("<tbody>\n");
            for (DemoMailServer.ReceivedMail mail : inbox.subList(0, Math.min(SHOWN, inbox.size()))) {
                body.append("<tr>").append(cell(mail.sent() == null ? "" : SENT.format(mail.sent())))
                        .append(cell(mail.to())).append("<td><details><summary>").append(text(mail.subject()))
                        .append("</summary><pre>").append(text(mail.body())).append("</pre></details></td></tr>\n");
            }
            body.append("</tbody></table>\n");
        }
        return Html.page(user, "Mail", "Mail", body.toString());
    }
}
