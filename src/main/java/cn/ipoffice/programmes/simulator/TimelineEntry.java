package cn.ipoffice.programmes.simulator;

import java.time.Instant;

/**
 * One line of a simulated timeline. {@code event} is one of: {@code step}, {@code case opened},
 * {@code case closed}, {@code task}, {@code done}, {@code done late}, {@code cancelled}, {@code missed},
 * {@code timer}, {@code title}, {@code ban}, {@code assessment}, {@code report}, {@code figures}. {@code who}
 * is the task's group, {@code due} its deadline, {@code rule} the rule ids the diagram or register cites,
 * {@code holder} the id of the holder whose case or record it is (null where it is no holder's).
 */
public record TimelineEntry(Instant at, String event, String what, String who, Instant due, String rule, String holder) {

    /** A line of the scenario's only holder, or of none. */
    public TimelineEntry(Instant at, String event, String what, String who, Instant due, String rule) {
        this(at, event, what, who, due, rule, null);
    }

    /** The same line, said of {@code holderId}. */
    TimelineEntry of(String holderId) {
        return new TimelineEntry(at, event, what, who, due, rule, holderId);
    }
}
