package cn.ipoffice.programmes.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's own SMTP server (GreenMail), inside the application and on the loopback address only, on a port the
 * system gives: every notification of the demo lands here, whatever its address, and the administrators read it on
 * {@code /offices/mail}. Started by the demo profile alone; nothing else listens for mail.
 */
@Component
@Profile("demo")
public class DemoMailServer implements DisposableBean {

    static final String HOST = "127.0.0.1";
    static final String FROM = "ip-programmes@example.org";

    /** A mail as the inbox page shows it. */
    public record ReceivedMail(Instant sent, String to, String subject, String body) {
    }

    private final GreenMail server;

    DemoMailServer() {
        server = new GreenMail(new ServerSetup(0, HOST, ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** Every mail received since the start, the newest first. */
    public List<ReceivedMail> inbox() {
        List<ReceivedMail> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            mails.add(read(message));
        }
        mails.sort(Comparator.comparing(ReceivedMail::sent, Comparator.nullsLast(Comparator.reverseOrder())));
        return mails;
    }

    private static ReceivedMail read(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            Object content = message.getContent();
            return new ReceivedMail(message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                    to == null ? "" : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", ")),
                    message.getSubject(), content instanceof String text ? text : String.valueOf(content));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("The demo inbox cannot read a mail: " + e.getMessage(), e);
        }
    }

    @Override
    public void destroy() {
        server.stop();
    }
}
