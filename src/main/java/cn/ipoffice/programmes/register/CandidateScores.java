package cn.ipoffice.programmes.register;

import cn.ipoffice.programmes.register.ModelCandidateScore.Recommendation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's record of the provincial offices' scores of their model-city candidates (PM-19(ii)), one per city
 * and year, and of their recommendations. Writes join the engine's transaction, as the register's do.
 */
@Service
@Transactional
public class CandidateScores {

    private final ModelCandidateScoreRepository scores;
    private final HolderRepository holders;
    private final Clock clock;

    CandidateScores(ModelCandidateScoreRepository scores, HolderRepository holders, Clock clock) {
        this.scores = scores;
        this.holders = holders;
        this.clock = clock;
    }

    /** Records the province's scores of {@code holderId} for {@code year}, replacing an earlier scoring of that year. */
    public ModelCandidateScore record(String holderId, int year, BigDecimal objectiveStrength, BigDecimal weightedTotal,
            boolean eligible, String caseId) {
        if (!holders.existsById(holderId)) {
            throw new IllegalArgumentException("No holder " + holderId + " in the register");
        }
        ModelCandidateScore score = scores.findByHolderIdAndYear(holderId, year)
                .orElseGet(() -> new ModelCandidateScore(holderId, year));
        score.score(objectiveStrength, weightedTotal, eligible, caseId, clock.instant());
        return scores.save(score);
    }

    /** Records the province's recommendation of a scored candidate. */
    public void recordRecommendation(String holderId, int year, Recommendation recommendation, LocalDate on) {
        ModelCandidateScore score = scores.findByHolderIdAndYear(holderId, year).orElseThrow(
                () -> new IllegalStateException("No scores of " + holderId + " for " + year + " in the register"));
        score.decide(recommendation, on);
    }

    @Transactional(readOnly = true)
    public Optional<ModelCandidateScore> of(String holderId, int year) {
        return scores.findByHolderIdAndYear(holderId, year);
    }

    /** Every candidate the provincial office of {@code province} scored for {@code year}, eligible or not. */
    @Transactional(readOnly = true)
    public List<ModelCandidateScore> ofProvince(String province, int year) {
        return scores.findByProvinceAndYearOrderByHolderIdAsc(province, year);
    }
}
