package cn.ipoffice.programmes.simulator;

import java.time.Instant;

/**
 * One line of a simulated timeline. {@code event} is one of: {@code step}, {@code case opened},
 * {@code case closed}, {@code task}, {@code done}, {@code done late}, {@code cancelled}, {@code missed},
 * {@code timer}, {@code title}, {@code ban}, {@code assessment}, {@code report}. {@code who} is the
 * task's group, {@code due} its deadline, {@code rule} the rule ids the diagram or register cites.
 */
public record TimelineEntry(Instant at, String event, String what, String who, Instant due, String rule) {
}
