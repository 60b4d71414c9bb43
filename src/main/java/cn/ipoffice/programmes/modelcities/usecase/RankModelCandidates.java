package cn.ipoffice.programmes.modelcities.usecase;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * PM-19: the province's eligible candidates of the year, ranked by weighted total (ties by code), for the provincial
 * office to recommend the best.
 */
@Service("rankModelCandidatesUseCase")
public class RankModelCandidates {

    /** A city whose application met PM-18, with its Appendix 2 weighted total. */
    public record Candidate(String code, String name, BigDecimal weightedTotal) {
    }

    /** The other applications of the year that met the conditions, as the engine holds them. */
    public interface EligibleApplications {
        List<Candidate> of(String supervisorGroup, int applicationYear, String exceptCase);
    }

    private final EligibleApplications eligible;

    public RankModelCandidates(EligibleApplications eligible) {
        this.eligible = eligible;
    }

    /** The ranking the provincial office reads, the applicant's case {@code caseId} among the others of its province. */
    public String rank(Candidate applicant, String supervisorGroup, int applicationYear, String caseId) {
        List<Candidate> candidates = new ArrayList<>(eligible.of(supervisorGroup, applicationYear, caseId));
        candidates.add(applicant);
        candidates.sort(Comparator.comparing(Candidate::weightedTotal).reversed().thenComparing(Candidate::code));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            lines.add((i + 1) + ". " + c.name() + " (" + c.code() + "): weighted total " + c.weightedTotal().toPlainString());
        }
        return "PM-19: eligible candidates of " + applicationYear + ", by weighted total\n" + String.join("\n", lines);
    }
}
