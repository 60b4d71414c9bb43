package cn.ipoffice.programmes.modelcities.usecase;

import cn.ipoffice.programmes.modelcities.rules.CandidateRanking;
import cn.ipoffice.programmes.modelcities.rules.CandidateRanking.Candidate;
import cn.ipoffice.programmes.modelcities.rules.CandidateRanking.Status;
import cn.ipoffice.programmes.register.CandidateScores;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.ModelCandidateScore;
import cn.ipoffice.programmes.register.Register;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * PM-19(ii): the province's eligible candidates of the year as the register holds the provincial office's scores,
 * ranked by weighted total (I-13), for the office to recommend the best. Read from the register, not from the running
 * cases: a candidate whose case has moved on stays in its year's ranking.
 */
@Service("rankModelCandidatesUseCase")
public class RankModelCandidates {

    private final CandidateScores scores;
    private final Register register;

    public RankModelCandidates(CandidateScores scores, Register register) {
        this.scores = scores;
        this.register = register;
    }

    /** The ranking the provincial office reads: the eligible candidates of {@code cityCode}'s province in {@code year}. */
    public String rank(String cityCode, int year) {
        return CandidateRanking.text(year, eligible(Holder.provinceOf(cityCode), year));
    }

    /** The candidates of a province and year that met all nine conditions of PM-18 on the province's scores. */
    List<Candidate> eligible(String province, int year) {
        return scores.ofProvince(province, year).stream().filter(ModelCandidateScore::isEligible)
                .map(s -> new Candidate(s.getHolderId(),
                        register.holder(s.getHolderId()).map(Holder::getName).orElse(s.getHolderId()),
                        s.getObjectiveStrength(), s.getWeightedTotal(), status(s)))
                .toList();
    }

    private static Status status(ModelCandidateScore score) {
        if (score.getRecommendation() == null) {
            return Status.OPEN;
        }
        return score.getRecommendation() == ModelCandidateScore.Recommendation.RECOMMENDED
                ? Status.RECOMMENDED : Status.NOT_RECOMMENDED;
    }
}
