package cn.ipoffice.programmes.notify;

import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Sends one plain-text mail through Spring's {@code JavaMailSender}: to the SMTP server of {@link MailSettings}, or, in
 * the demo profile, to the application's own {@link DemoMailServer}. Without either, mail is off: no notification is
 * written, and the log says so at start.
 */
@Component
@EnableConfigurationProperties(MailSettings.class)
public class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSenderImpl sender;
    private final String from;

    Mailer(MailSettings settings, ObjectProvider<DemoMailServer> demoServer) {
        DemoMailServer demo = demoServer.getIfAvailable();
        if (demo != null) {
            sender = sender(DemoMailServer.HOST, demo.port(), null, null, MailSettings.Tls.NONE, settings);
            from = settings.from() == null || settings.from().isBlank() ? DemoMailServer.FROM : settings.from();
            LOG.info("E-mail notifications on: the demo's own SMTP server on {}:{} receives them (/offices/mail)",
                    DemoMailServer.HOST, demo.port());
        } else if (settings.hostSet()) {
            if (settings.from() == null || settings.from().isBlank()) {
                throw new IllegalStateException("IPP_MAIL_FROM (ipp.mail.from) must name the sender's address when "
                        + "IPP_MAIL_HOST is set");
            }
            sender = sender(settings.host().trim(), settings.port(), settings.username(), settings.password(),
                    settings.tls(), settings);
            from = settings.from().trim();
            LOG.info("E-mail notifications on: SMTP {}:{} ({}{}), sender {}", sender.getHost(), sender.getPort(),
                    settings.tls(), sender.getUsername() == null ? ", no login" : ", login " + sender.getUsername(), from);
        } else {
            sender = null;
            from = null;
            LOG.info("E-mail notifications off: no SMTP host is set (IPP_MAIL_HOST)");
        }
    }

    private static JavaMailSenderImpl sender(String host, int port, String username, String password,
            MailSettings.Tls tls, MailSettings settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        boolean login = username != null && !username.isBlank();
        if (login) {
            sender.setUsername(username.trim());
            sender.setPassword(password);
        }
        Properties properties = sender.getJavaMailProperties();
        String timeout = Long.toString(settings.timeout().toMillis());
        properties.setProperty("mail.smtp.connectiontimeout", timeout);
        properties.setProperty("mail.smtp.timeout", timeout);
        properties.setProperty("mail.smtp.writetimeout", timeout);
        properties.setProperty("mail.smtp.auth", Boolean.toString(login));
        if (tls == MailSettings.Tls.STARTTLS) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        } else if (tls == MailSettings.Tls.SSL) {
            properties.setProperty("mail.smtp.ssl.enable", "true");
        }
        if (tls != MailSettings.Tls.NONE) {
            properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        return sender;
    }

    public boolean enabled() {
        return sender != null;
    }

    /** Sends the mail now; a server that cannot be reached or refuses it throws, so that the engine retries the job. */
    public void send(String to, String subject, String body) {
        if (sender == null) {
            throw new IllegalStateException("E-mail is off: no SMTP host is set (IPP_MAIL_HOST)");
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to);
        mail.setSubject(subject);
        mail.setText(body);
        sender.send(mail);
    }
}
