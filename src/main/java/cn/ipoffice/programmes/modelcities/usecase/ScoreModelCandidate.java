package cn.ipoffice.programmes.modelcities.usecase;

import cn.ipoffice.programmes.modelcities.rules.IndicatorScores;
import cn.ipoffice.programmes.register.CandidateScores;
import cn.ipoffice.programmes.rules.Decision;
import cn.ipoffice.programmes.rules.Findings;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * PM-19(ii), PM-18(ix): the provincial office's scores of a candidate by the indicator system of Appendix 2, checked
 * against condition (ix) and recorded in the register with whether the candidate is eligible, so that it takes its
 * place in the province's ranking of the year.
 */
@Service("scoreModelCandidateUseCase")
public class ScoreModelCandidate {

    /** Whether condition (ix) is met on the province's scores, and its finding line. */
    public record Outcome(boolean met, String finding) {
    }

    private final CandidateScores scores;

    public ScoreModelCandidate(CandidateScores scores) {
        this.scores = scores;
    }

    public Outcome score(String cityCode, int year, IndicatorScores indicators, String caseId) {
        Decision decision = indicators.decide();
        scores.record(cityCode, year, indicators.objectiveStrength(), indicators.weightedTotal(), decision.allowed(), caseId);
        return new Outcome(decision.allowed(), Findings.of(List.of(decision)));
    }
}
