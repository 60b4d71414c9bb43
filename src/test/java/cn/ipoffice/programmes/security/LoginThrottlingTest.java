package cn.ipoffice.programmes.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.SpringEngine;
import cn.ipoffice.programmes.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After a wrong password the user is locked for a while (3 s, doubling up to 60 s): even the right
 * password is refused until the delay has passed. Ten wrong passwords in a row lock the user until an
 * administrator unlocks it. The engine clock stands still during each test, so the delays are exact.
 */
@ProcessTest
class LoginThrottlingTest {

    private final IdentityService identity = SpringEngine.bean(IdentityService.class);
    private Instant now;

    @BeforeEach
    void stopTheClock() {
        now = Instant.parse("2026-03-02T01:00:00Z");
        ClockUtil.setCurrentTime(Date.from(now));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private void after(Duration duration) {
        now = now.plus(duration);
        ClockUtil.setCurrentTime(Date.from(now));
    }

    @Test
    void theDelaysAreSetExplicitly() {
        ProcessEngineConfigurationImpl engine = SpringEngine.bean(ProcessEngineConfigurationImpl.class);
        assertThat(engine.getLoginMaxAttempts()).isEqualTo(10);
        assertThat(engine.getLoginDelayBase()).isEqualTo(3);
        assertThat(engine.getLoginDelayFactor()).isEqualTo(2);
        assertThat(engine.getLoginDelayMaxTime()).isEqualTo(60);
    }

    @Test
    void afterAWrongPassword_evenTheRightOneIsRefusedForThreeSeconds() {
        TestUsers.member(identity, "throttle-nantong", "gov-320600");

        assertThat(identity.checkPassword("throttle-nantong", "Wrong-Pass-2024")).isFalse();
        assertThat(identity.checkPassword("throttle-nantong", TestUsers.PASSWORD)).as("within the delay").isFalse();
        after(Duration.ofSeconds(2));
        assertThat(identity.checkPassword("throttle-nantong", TestUsers.PASSWORD)).as("2 s later").isFalse();
        after(Duration.ofSeconds(2));
        assertThat(identity.checkPassword("throttle-nantong", TestUsers.PASSWORD)).as("4 s later").isTrue();
    }

    @Test
    void overHttpBasic_aWrongPasswordLocksTheUserForTheDelay() {
        TestUsers.member(identity, "throttle-rugao", "gov-320682");
        Http rightPassword = Http.as("throttle-rugao");

        assertThat(Http.as(SpringEngine.baseUrl(), TestUsers.basic("throttle-rugao", "Wrong-Pass-2024"))
                .get("/engine-rest/task?maxResults=10").statusCode()).isEqualTo(401);
        assertThat(rightPassword.get("/engine-rest/task?maxResults=10").statusCode()).as("within the delay").isEqualTo(401);
        after(Duration.ofSeconds(4));
        assertThat(rightPassword.get("/engine-rest/task?maxResults=10").statusCode()).as("after the delay").isEqualTo(200);
    }

    @Test
    void tenWrongPasswordsInARow_lockTheUserUntilAnAdministratorUnlocksIt() {
        TestUsers.member(identity, "throttle-qidong", "gov-320681");
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(identity.checkPassword("throttle-qidong", "Wrong-Pass-" + attempt)).isFalse();
            after(Duration.ofSeconds(61));
        }
        after(Duration.ofDays(1));
        assertThat(identity.checkPassword("throttle-qidong", TestUsers.PASSWORD)).as("a day later").isFalse();

        identity.unlockUser("throttle-qidong");
        assertThat(identity.checkPassword("throttle-qidong", TestUsers.PASSWORD)).isTrue();
    }
}
