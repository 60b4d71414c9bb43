package cn.ipoffice.programmes.pilotcities.usecase;

import cn.ipoffice.programmes.pilotcities.usecase.RankAssessmentRound.Entry;
import cn.ipoffice.programmes.pilotcities.usecase.RankAssessmentRound.RankedCity;
import cn.ipoffice.programmes.register.Register;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * PM-9: the ranking the province confirmed goes into the register, per city and year: grade, score, rank and the
 * number ranked in its category, with the round's case. The ranks are computed again from the same scores, so the
 * register holds what the confirmation showed; PM-32(c) reads them.
 */
@Service("recordAssessmentRoundUseCase")
public class RecordAssessmentRound {

    private final RankAssessmentRound ranking;
    private final Register register;

    public RecordAssessmentRound(RankAssessmentRound ranking, Register register) {
        this.ranking = ranking;
        this.register = register;
    }

    public List<RankedCity> record(int year, List<Entry> entries, String roundCaseId) {
        List<RankedCity> cities = ranking.rank(entries).cities();
        for (RankedCity city : cities) {
            register.recordRoundAssessment(city.cityId(), year, city.grade(), city.category(), city.rank(), city.ranked(),
                    city.score(), roundCaseId);
        }
        return cities;
    }
}
