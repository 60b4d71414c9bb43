package cn.ipoffice.programmes.overdue;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.Incident;

/**
 * A missed deadline as Cockpit shows it: an incident of type {@value #TYPE} on the activity that still
 * waits for the obligation (e.g. {@code Task_RecordWorkPlan}), its configuration
 * {@code <rule id>|<deadline instant>} and its message naming the rule, the deadline and the days overdue.
 */
public record OverdueIncident(String ruleId, Instant deadline) {

    public static final String TYPE = "overdue";

    /**
     * Whether an incident of this type is a missed deadline itself, rather than the engine's copy of it on
     * the calling activity of a parent case (e.g. {@code Call_AnnualReport} of a pilot round), which
     * points to the annual report's own incident as its cause.
     */
    public static boolean isMissedDeadline(Incident incident) {
        return TYPE.equals(incident.getIncidentType()) && incident.getId().equals(incident.getCauseIncidentId());
    }

    public String configuration() {
        return ruleId + "|" + deadline;
    }

    /** Reads a configuration written by {@link #configuration()}. */
    public static OverdueIncident parse(String configuration) {
        int bar = configuration == null ? -1 : configuration.lastIndexOf('|');
        if (bar < 0) {
            throw new IllegalArgumentException("Not an overdue incident's configuration: " + configuration);
        }
        return new OverdueIncident(configuration.substring(0, bar), Instant.parse(configuration.substring(bar + 1)));
    }

    /** The last day of the deadline in China Standard Time. */
    public LocalDate lastDay() {
        return DeadlineCalendar.lastDayOf(deadline);
    }

    public long daysOverdue(Instant now) {
        return DeadlineCalendar.daysOverdue(deadline, now);
    }

    /** E.g. "PM-8: deadline 2026-03-31 24:00 CST passed, 3 days overdue". */
    public String message(Instant now) {
        long days = daysOverdue(now);
        return ruleId + ": deadline " + lastDay() + " 24:00 CST passed, " + days + (days == 1 ? " day" : " days")
                + " overdue";
    }
}
