package cn.ipoffice.programmes.clusterareas.rules;

import cn.ipoffice.programmes.rules.Decision;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * CA-6: (1) government commitment, IP management mechanism, plan and funds; (2) industrial advantages
 * with innovation-oriented and leading enterprises; (3) more than 30 IP service agencies. Kinds of IP
 * that no agency serves do not refuse the application: they are findings for the reviewers.
 */
public final class ClusterRequirements {

    public static final String RULE = "CA-6";
    public static final int MORE_THAN_AGENCIES = 30;

    public record Attested(boolean governmentCommitment, boolean industrialAdvantages, int agencies, Set<IpKind> served) {
    }

    /** The decision, and the findings on kinds of IP not served. */
    public record Result(Decision decision, List<String> findings) {
    }

    private ClusterRequirements() {
    }

    public static Result decide(Attested a) {
        List<String> failed = new ArrayList<>();
        if (!a.governmentCommitment()) {
            failed.add("CA-6(1): no government commitment with an IP management mechanism, a plan and funds");
        }
        if (!a.industrialAdvantages()) {
            failed.add("CA-6(2): no industrial advantages with innovation-oriented and leading enterprises");
        }
        if (a.agencies() <= MORE_THAN_AGENCIES) {
            failed.add("CA-6(3): " + a.agencies() + " IP service agencies; more than 30 are required");
        }
        List<String> findings = new ArrayList<>();
        EnumSet<IpKind> missing = EnumSet.allOf(IpKind.class);
        missing.removeAll(a.served());
        missing.forEach(kind -> findings.add("CA-6(3) finding: no agency serves " + kind.label()));
        Decision decision = failed.isEmpty()
                ? Decision.allow(RULE, "CA-6: the three requirements are met with " + a.agencies() + " IP service agencies")
                : Decision.refuse(RULE, failed);
        return new Result(decision, List.copyOf(findings));
    }
}
