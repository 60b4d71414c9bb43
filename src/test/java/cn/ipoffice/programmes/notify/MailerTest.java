package cn.ipoffice.programmes.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The SMTP settings from the environment: no host, no mail; a host without a sender is refused at start, naming it. */
class MailerTest {

    private static Mailer mailer(String host, String from) {
        MailSettings settings = new MailSettings(host, 587, null, null, from, MailSettings.Tls.STARTTLS,
                Duration.ofSeconds(10), "https://ipp.example.org/");
        return new Mailer(settings, new StaticListableBeanFactory().getBeanProvider(DemoMailServer.class));
    }

    @Test
    void noHost_isMailOff_andSendingIsRefusedNamingTheVariable() {
        Mailer off = mailer("", null);
        assertThat(off.enabled()).isFalse();
        assertThatThrownBy(() -> off.send("a@example.org", "subject", "text")).hasMessageContaining("IPP_MAIL_HOST");
    }

    @Test
    void aHostWithoutASender_isRefusedAtStart_namingTheVariable() {
        assertThatThrownBy(() -> mailer("smtp.example.org", " ")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("IPP_MAIL_FROM");
        assertThat(mailer("smtp.example.org", "ipp@example.org").enabled()).isTrue();
    }

    @Test
    void theBaseUrl_losesItsTrailingSlash() {
        assertThat(new MailSettings(null, 587, null, null, null, MailSettings.Tls.NONE, Duration.ofSeconds(1),
                "https://ipp.example.org/").base()).isEqualTo("https://ipp.example.org");
    }
}
