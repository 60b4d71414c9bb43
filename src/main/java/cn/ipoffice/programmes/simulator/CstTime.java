package cn.ipoffice.programmes.simulator;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Instants as the timeline shows them: China Standard Time wall-clock, a deadline at midnight as "24:00" of its last day. */
final class CstTime {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CstTime() {
    }

    static Instant of(LocalDateTime cst) {
        return cst.atZone(DeadlineCalendar.CHINA).toInstant();
    }

    static String moment(Instant instant) {
        return instant == null ? "" : MINUTE.format(ZonedDateTime.ofInstant(instant, DeadlineCalendar.CHINA));
    }

    /** A deadline: the end of its last day reads "2025-05-01 24:00", as the regulation counts it. */
    static String deadline(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime cst = ZonedDateTime.ofInstant(instant, DeadlineCalendar.CHINA);
        if (cst.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return cst.toLocalDate().minusDays(1) + " 24:00";
        }
        return MINUTE.format(cst);
    }
}
