package cn.ipoffice.programmes.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Deadlines in words, as pages and mails show them: the last moment in China Standard Time, whatever the JVM's zone (the
 * suite runs under Los Angeles, and once more under Kiritimati, east of China).
 */
class DeadlineWordsTest {

    @Test
    void aDeadlineAtMidnightCst_readsAsTheEndOfThePreviousDay() {
        Instant deadline = LocalDate.of(2027, 3, 8).atStartOfDay(DeadlineCalendar.CHINA).toInstant();
        assertThat(DeadlineWords.deadline(deadline)).isEqualTo("7 March 2027, 24:00 CST");
        assertThat(DeadlineWords.deadline(DeadlineCalendar.withinMonths(LocalDate.of(2027, 1, 7), 2)))
                .isEqualTo("7 March 2027, 24:00 CST");
    }

    @Test
    void anInstantWithinADay_readsWithItsTimeInCst() {
        Instant instant = Instant.parse("2027-03-07T07:30:00Z");
        assertThat(DeadlineWords.deadline(instant)).isEqualTo("7 March 2027, 15:30 CST");
        // The same instant is still 6 March in Los Angeles and already 8 March in Kiritimati.
        assertThat(instant.atZone(ZoneId.of("America/Los_Angeles")).getDayOfMonth()).isEqualTo(6);
    }

    @Test
    void aLastDay_readsAsItsEnd_andNothingAsEmpty() {
        assertThat(DeadlineWords.endOf(LocalDate.of(2022, 11, 17))).isEqualTo("17 November 2022, 24:00 CST");
        assertThat(DeadlineWords.deadline(null)).isEmpty();
        assertThat(DeadlineWords.day(null)).isEmpty();
    }
}
