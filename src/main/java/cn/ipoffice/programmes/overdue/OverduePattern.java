package cn.ipoffice.programmes.overdue;

import cn.ipoffice.programmes.casework.CaseVariable;
import cn.ipoffice.programmes.register.EscalationStep;
import java.time.Instant;
import java.time.LocalDate;
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
 *
 * <p>The escalation task's form ({@code forms/overdue-escalation.form}) records what the supervising group did and
 * the day to follow up on; its complete listener {@code ${recordEscalationAction}} enters the action in the register
 * and keeps the day in {@link #ESCALATION_BACK_ON}, and the branch waits on a timer until the start of that day
 * (China Standard Time), when the escalation task comes again.
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

    /**
     * Local to the obligation's subprocess once its deadline passed: the id of the missed deadline's incident, against
     * which the escalation's actions are recorded in the register.
     */
    public static final CaseVariable<String> OBLIGATION_INCIDENT = CaseVariable.text("obligationIncidentId");

    /** The escalation form's fields; the register keeps them, the case does not keep them after the completion. */
    public static final CaseVariable<EscalationStep> ESCALATION_ACTION = CaseVariable.choice("escalationAction",
            EscalationStep.class);
    public static final CaseVariable<String> ESCALATION_REMARKS = CaseVariable.text("escalationRemarks");
    public static final CaseVariable<LocalDate> ESCALATION_FOLLOW_UP_ON = CaseVariable.day("escalationFollowUpOn");
    /**
     * Local to the obligation's subprocess: the day the escalation comes back, which its follow-up timer waits for
     * ({@code ${deadlines.startOfDay(escalationBackOn)}}).
     */
    public static final CaseVariable<LocalDate> ESCALATION_BACK_ON = CaseVariable.day("escalationBackOn");

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
