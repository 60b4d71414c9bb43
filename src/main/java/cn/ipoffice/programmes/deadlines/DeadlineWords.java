package cn.ipoffice.programmes.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days and deadlines in words, in China Standard Time whatever the JVM's zone: what pages and mails show. */
public final class DeadlineWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private DeadlineWords() {
    }

    /** A day in words: "7 March 2027"; an absent day is empty. */
    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** The end of a last day: "7 March 2027, 24:00 CST". */
    public static String endOf(LocalDate lastDay) {
        return lastDay == null ? "" : day(lastDay) + ", 24:00 CST";
    }

    /**
     * A deadline as the last moment it can be met, in China Standard Time: the instant 8 March 2027 00:00 CST reads
     * "7 March 2027, 24:00 CST"; an instant within a day reads with its time ("7 March 2027, 15:30 CST").
     */
    public static String deadline(Instant deadline) {
        if (deadline == null) {
            return "";
        }
        ZonedDateTime cst = deadline.atZone(DeadlineCalendar.CHINA);
        if (cst.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return endOf(cst.toLocalDate().minusDays(1));
        }
        return day(cst.toLocalDate()) + ", " + cst.toLocalTime().withSecond(0).withNano(0) + " CST";
    }
}
