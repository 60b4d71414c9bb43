package cn.ipoffice.programmes.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A term of office of a title, from its first to its last calendar day (both inclusive, in China
 * Standard Time).
 */
public record Term(LocalDate start, LocalDate lastDay) {

    public Term {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(start)) {
            throw new IllegalArgumentException("A term cannot end (" + lastDay + ") before it starts (" + start + ")");
        }
    }

    /** The instant the term expires: 24:00 CST of its last day. */
    public Instant expiry() {
        return DeadlineCalendar.endOfDay(lastDay);
    }

    /** Whether a calendar day lies inside the term. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(lastDay);
    }
}
