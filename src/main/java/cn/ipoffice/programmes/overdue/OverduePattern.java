package cn.ipoffice.programmes.overdue;

import cn.ipoffice.programmes.casework.CaseVariable;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The overdue pattern every legal deadline uses (docs/rules.md "Time"). In the diagram, an obligation is an
 * embedded subprocess with two inputs, {@code obligationRule} (the rule id) and
 * {@code obligationDeadline} (an instant from the deadline calendar). Inside it, the owner's task is
 * due at the deadline and carries a non-interrupting boundary timer at the same instant; the timer
 * leads to {@code ${flagOverdue}} and to an escalation task for the supervising group, while the
 * owner's task stays open. Meeting the obligation ends the subprocess with a terminate end event,
 * which closes the escalation, and the subprocess's end listener {@code ${obligationMet}} lifts the flag.
 */
public final class OverduePattern {

    /** Subprocess inputs. */
    public static final CaseVariable<String> OBLIGATION_RULE = CaseVariable.text("obligationRule");
    public static final CaseVariable<Instant> OBLIGATION_DEADLINE = CaseVariable.instant("obligationDeadline");
    /**
     * Local to the obligation's subprocess once its deadline passed: which of several obligations of one rule in a
     * case (a province's round has one per city) are still overdue, so that meeting one lifts the case's flag only
     * when none of the others is.
     */
    public static final CaseVariable<Boolean> OBLIGATION_OVERDUE = CaseVariable.flag("obligationOverdue");

    /** Process-instance variables that Cockpit filters on. */
    public static final CaseVariable<Boolean> OVERDUE = CaseVariable.flag("overdue");
    public static final CaseVariable<String> OVERDUE_RULES = CaseVariable.text("overdueRules");
    public static final CaseVariable<Instant> OVERDUE_SINCE = CaseVariable.instant("overdueSince");

    private OverduePattern() {
    }

    /** Adds a rule to a comma-separated list of overdue rules. */
    public static String withRule(String rules, String rule) {
        Set<String> set = parse(rules);
        set.add(rule);
        return String.join(",", set);
    }

    /** Removes a rule from a comma-separated list of overdue rules. */
    public static String withoutRule(String rules, String rule) {
        Set<String> set = parse(rules);
        set.remove(rule);
        return String.join(",", set);
    }

    private static Set<String> parse(String rules) {
        Set<String> set = new LinkedHashSet<>();
        if (rules != null) {
            Arrays.stream(rules.split(",")).map(String::trim).filter(r -> !r.isEmpty()).forEach(set::add);
        }
        return set;
    }
}
