package cn.ipoffice.programmes.clusterareas.usecase;

import cn.ipoffice.programmes.clusterareas.rules.ClusterApplicantKind;
import cn.ipoffice.programmes.clusterareas.rules.ClusterRequirements;
import cn.ipoffice.programmes.clusterareas.rules.IpKind;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.rules.Decision;
import cn.ipoffice.programmes.rules.Findings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Who may apply as a cluster area (CA-5) and what it must attest (CA-6): the findings the provincial department
 * reads, the kinds of IP no agency serves among them. Its bean name ends in {@code UseCase}: the plain name is the
 * delegate's, which the diagram calls.
 */
@Service("checkClusterEligibilityUseCase")
public class CheckClusterEligibility {

    /** What the zone's government states on its application or its revision. */
    public record Application(HolderKind zoneKind, boolean governmentCommitment, boolean industrialAdvantages,
            int agencies, Set<IpKind> served) {
    }

    /** Whether the area may apply, and the findings: one line per reason, then the kinds of IP not served. */
    public record Outcome(boolean eligible, String findings) {
    }

    public Outcome check(Application application) {
        ClusterRequirements.Result requirements = ClusterRequirements.decide(new ClusterRequirements.Attested(
                application.governmentCommitment(), application.industrialAdvantages(), application.agencies(),
                application.served()));
        List<Decision> decisions = List.of(ClusterApplicantKind.decide(application.zoneKind()), requirements.decision());
        List<String> lines = new ArrayList<>();
        String reasons = Findings.of(decisions);
        if (!reasons.isEmpty()) {
            lines.add(reasons);
        }
        lines.addAll(requirements.findings());
        return new Outcome(Findings.allMet(decisions), String.join("\n", lines));
    }
}
