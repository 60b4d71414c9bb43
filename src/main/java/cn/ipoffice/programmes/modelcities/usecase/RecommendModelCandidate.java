package cn.ipoffice.programmes.modelcities.usecase;

import cn.ipoffice.programmes.modelcities.rules.CandidateRanking;
import cn.ipoffice.programmes.register.CandidateScores;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.ModelCandidateScore.Recommendation;
import cn.ipoffice.programmes.rules.Decision;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * PM-19(ii): the provincial office's recommendation of an eligible candidate, recorded in the register, refused
 * while a better-ranked eligible candidate of the same province and year is not recommended ({@link CandidateRanking}).
 */
@Service("recommendModelCandidateUseCase")
public class RecommendModelCandidate {

    private final CandidateScores scores;
    private final RankModelCandidates ranking;

    public RecommendModelCandidate(CandidateScores scores, RankModelCandidates ranking) {
        this.scores = scores;
        this.ranking = ranking;
    }

    /** Records the office's decision on {@code cityCode}; the refusal, with its reason, where it may not recommend it. */
    public Optional<String> decide(String cityCode, int year, boolean recommend, LocalDate today) {
        if (recommend) {
            Decision decision = CandidateRanking.recommend(cityCode, ranking.eligible(Holder.provinceOf(cityCode), year));
            if (!decision.allowed()) {
                return Optional.of(String.join("; ", decision.reasons()));
            }
        }
        scores.recordRecommendation(cityCode, year, recommend ? Recommendation.RECOMMENDED : Recommendation.NOT_RECOMMENDED,
                today);
        return Optional.empty();
    }
}
