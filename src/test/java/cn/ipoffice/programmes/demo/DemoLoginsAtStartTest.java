package cn.ipoffice.programmes.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.support.WebappSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * On the demo's first start, every login the README and the user guide document works from the moment the web
 * server takes requests: each user logs in to Tasklist, with its user id as password, at the web server's start
 * event (Tomcat accepts connections from then on), while the demo's cases are not started yet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(DemoLoginsAtStartTest.LoginsWhenTheServerStarts.class)
class DemoLoginsAtStartTest {

    /** Each documented user's login at the server's start: "ok", or why it failed. */
    private static final Map<String, String> LOGINS_AT_START = new LinkedHashMap<>();
    private static long casesAtStart = -1;

    @TestConfiguration
    static class LoginsWhenTheServerStarts {

        @Bean
        ApplicationListener<ServletWebServerInitializedEvent> logInAsEveryDocumentedUser(RuntimeService runtime) {
            return event -> {
                casesAtStart = runtime.createProcessInstanceQuery().count();
                String base = "http://localhost:" + event.getWebServer().getPort();
                for (String user : documentedUsers()) {
                    LOGINS_AT_START.put(user, logIn(base, user));
                }
            };
        }

        private static String logIn(String base, String user) {
            try {
                WebappSession.loggedIn(base, user, user);
                return "ok";
            } catch (IllegalStateException refused) {
                return refused.getMessage();
            }
        }
    }

    @Test
    void everyDocumentedUserLogsInToTasklist_theMomentTheWebServerTakesRequests() {
        assertThat(casesAtStart).as("the server's start event comes before the demo's cases").isZero();
        assertThat(LOGINS_AT_START.keySet()).as("the users of the README and the user guide")
                .contains("demo", "sipo", "jiangsu", "zhejiang", "modeler", "suzhou", "nanjing", "sip", "wuxi", "wxhtz",
                        "chengdu", "huangpu");
        assertThat(LOGINS_AT_START).allSatisfy((user, login) -> assertThat(login).as(user).isEqualTo("ok"));
    }

    /** The user ids of the README's demo users and of the user guide's table of the demo's cities and areas. */
    static Set<String> documentedUsers() {
        Set<String> users = new LinkedHashSet<>();
        for (List<String> row : tableRows(read("README.md"), "## Demo users")) {
            users.addAll(quoted(row.get(0)));
        }
        for (List<String> row : tableRows(read("docs/user-guide.md"), "## The demo")) {
            users.addAll(quoted(row.get(2)));
        }
        return users;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body rows of the first table in the section under this heading, as cells. */
    private static List<List<String>> tableRows(String markdown, String heading) {
        String section = markdown.substring(markdown.indexOf(heading) + heading.length());
        int next = section.indexOf("\n## ");
        section = next < 0 ? section : section.substring(0, next);
        // Rows start "| "; the separator row "|---|" does not. The first row is the header.
        return section.lines().filter(line -> line.startsWith("| ")).skip(1)
                .map(line -> List.of(line.substring(1).split("\\|"))).toList();
    }

    private static final Pattern CODE = Pattern.compile("`([a-z][a-z0-9]*)`");

    private static List<String> quoted(String cell) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = CODE.matcher(cell);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }
}
