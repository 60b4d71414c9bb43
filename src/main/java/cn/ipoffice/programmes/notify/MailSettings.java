package cn.ipoffice.programmes.notify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMTP server the notifications go through, from the environment (application.yaml {@code ipp.mail.*},
 * docs/operations.md "E-mail"): no host, no mail. {@code baseUrl} is where the offices open the application, for the
 * links in the mails.
 */
@ConfigurationProperties("ipp.mail")
public record MailSettings(String host, @DefaultValue("587") int port, String username, String password, String from,
        @DefaultValue("STARTTLS") Tls tls, @DefaultValue("PT10S") Duration timeout,
        @DefaultValue("http://localhost:8080") String baseUrl) {

    /** How the connection to the SMTP server is protected. */
    public enum Tls {
        /** Plain SMTP that must switch to TLS before anything is sent (port 587). */
        STARTTLS,
        /** TLS from the first byte (port 465). */
        SSL,
        /** No TLS: only for a server on the same machine or network segment. */
        NONE
    }

    public boolean hostSet() {
        return host != null && !host.isBlank();
    }

    /** The base URL without a trailing slash. */
    public String base() {
        String base = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.trim();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
