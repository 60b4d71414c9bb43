package cn.ipoffice.programmes.notify;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** The daily digest goes out at 07:00 China Standard Time, whatever the server's zone. */
final class DigestTime {

    static final LocalTime AT = LocalTime.of(7, 0);

    private DigestTime() {
    }

    /** The first 07:00 CST strictly after {@code now}. */
    static Instant nextAfter(Instant now) {
        ZonedDateTime cst = now.atZone(DeadlineCalendar.CHINA);
        LocalDate day = cst.toLocalTime().isBefore(AT) ? cst.toLocalDate() : cst.toLocalDate().plusDays(1);
        return day.atTime(AT).atZone(DeadlineCalendar.CHINA).toInstant();
    }
}
