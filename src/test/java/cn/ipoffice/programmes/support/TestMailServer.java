package cn.ipoffice.programmes.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The SMTP server of the engine tests: the shared application ({@link ProcessTest}) sends its notifications to a port on
 * the loopback address chosen once per JVM, where a test that reads mail runs GreenMail ({@link #extension()}) and where
 * nothing listens otherwise (a server that is down). The tests' users have no e-mail address unless a test gives one,
 * so the other tests write no mail.
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String HOST = "127.0.0.1";
    public static final String FROM = "ip-programmes@test.example.org";
    public static final String BASE_URL = "https://ipp.test.example.org";
    private static final int PORT = freePort();

    public static int port() {
        return PORT;
    }

    /** GreenMail on the application's SMTP port, started before and stopped after each test. */
    public static GreenMailExtension extension() {
        return new GreenMailExtension(new ServerSetup(PORT, HOST, ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(true);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-mail-server", Map.of(
                "ipp.mail.host", HOST, "ipp.mail.port", PORT, "ipp.mail.tls", "NONE", "ipp.mail.from", FROM,
                "ipp.mail.timeout", "PT5S", "ipp.mail.base-url", BASE_URL)));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the tests' SMTP server", e);
        }
    }
}
