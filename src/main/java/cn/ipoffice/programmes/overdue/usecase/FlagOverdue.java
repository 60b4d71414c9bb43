package cn.ipoffice.programmes.overdue.usecase;

import cn.ipoffice.programmes.overdue.OverdueIncident;
import cn.ipoffice.programmes.overdue.OverduePattern;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A missed deadline (docs/rules.md "Time", overdue): the case is flagged overdue for the obligation's rule, since the
 * earliest deadline it missed, and Cockpit shows an incident naming the rule, the deadline and the days overdue.
 */
@Service("flagOverdueUseCase")
public class FlagOverdue {

    /** What the case is flagged with: its overdue rules, its earlier start when this deadline moves it, the incident. */
    public record Flag(String overdueRules, Optional<Instant> overdueSince, OverdueIncident incident, String message) {
    }

    /**
     * Flags the obligation of {@code ruleId}, due at {@code deadline}, on a case already overdue for
     * {@code overdueRules} (comma-separated, or none) since {@code overdueSince} (or not).
     */
    public Flag flag(String ruleId, Instant deadline, String overdueRules, Instant overdueSince, Instant now) {
        OverdueIncident incident = new OverdueIncident(ruleId, deadline);
        return new Flag(OverduePattern.withRule(overdueRules, ruleId),
                overdueSince == null || deadline.isBefore(overdueSince) ? Optional.of(deadline) : Optional.empty(),
                incident, incident.message(now));
    }
}
