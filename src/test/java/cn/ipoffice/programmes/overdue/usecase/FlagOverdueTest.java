package cn.ipoffice.programmes.overdue.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.overdue.usecase.FlagOverdue.Flag;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A case overdue for several obligations: its rules add up, and it is overdue since the earliest deadline. */
class FlagOverdueTest {

    private static final Instant MARCH = Instant.parse("2026-03-31T16:00:00Z");
    private static final Instant FEBRUARY = Instant.parse("2026-01-31T16:00:00Z");
    private static final Instant NOW = Instant.parse("2026-04-03T02:00:00Z");

    private final FlagOverdue flagOverdue = new FlagOverdue();

    @Test
    void theFirstMissedDeadline_flagsTheRule_sinceItsDeadline() {
        Flag flag = flagOverdue.flag("PM-8", MARCH, null, null, NOW);
        assertThat(flag.overdueRules()).isEqualTo("PM-8");
        assertThat(flag.overdueSince()).contains(MARCH);
        assertThat(flag.incident().configuration()).isEqualTo("PM-8|" + MARCH);
        assertThat(flag.message()).isEqualTo("PM-8: deadline 2026-03-31 24:00 CST passed, 3 days overdue");
    }

    @Test
    void aLaterDeadline_addsItsRule_andLeavesTheEarlierStart_anEarlierOneMovesIt() {
        assertThat(flagOverdue.flag("PM-13", MARCH, "PM-12", FEBRUARY, NOW))
                .satisfies(flag -> assertThat(flag.overdueRules()).isEqualTo("PM-12,PM-13"))
                .satisfies(flag -> assertThat(flag.overdueSince()).isEmpty());
        assertThat(flagOverdue.flag("PM-12", FEBRUARY, "PM-13", MARCH, NOW).overdueSince()).contains(FEBRUARY);
        assertThat(flagOverdue.flag("PM-12", FEBRUARY, "PM-12", FEBRUARY, NOW).overdueRules()).isEqualTo("PM-12");
    }
}
