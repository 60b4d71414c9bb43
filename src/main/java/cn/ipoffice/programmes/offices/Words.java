package cn.ipoffice.programmes.offices;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Title;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The register's values in the words the offices use. */
public final class Words {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Words() {
    }

    public static String title(Title title) {
        return switch (title) {
            case PILOT_CITY -> "pilot city";
            case DEMONSTRATION_FOSTERING -> "demonstration fostering";
            case MODEL_CITY -> "model city";
            case EXPERIMENTAL_AREA_CONSTRUCTION -> "experimental area (construction)";
            case EXPERIMENTAL_AREA -> "experimental area";
            case DEMONSTRATIVE_AREA -> "demonstrative area";
        };
    }

    public static String status(DesignationStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Any enum value in words: a title or status as above, others in lower case. */
    public static String of(Enum<?> value) {
        if (value instanceof Title title) {
            return title(title);
        }
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** "2024-03-01 to 2027-02-28", "from 2024-03-01", or empty. */
    public static String term(LocalDate start, LocalDate end) {
        if (start == null) {
            return "";
        }
        return end == null ? "from " + start : start + " to " + end;
    }

    /** A day in words: "7 March 2027". */
    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
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
        if (cst.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return DAY.format(cst.toLocalDate().minusDays(1)) + ", 24:00 CST";
        }
        return DAY.format(cst.toLocalDate()) + ", " + cst.toLocalTime().withSecond(0).withNano(0) + " CST";
    }
}
