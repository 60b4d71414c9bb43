package cn.ipoffice.programmes.pilotcities.usecase;

import cn.ipoffice.programmes.pilotcities.usecase.RankAssessmentRound.Entry;
import cn.ipoffice.programmes.pilotcities.usecase.RankAssessmentRound.RankedCity;
import cn.ipoffice.programmes.register.Register;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * PM-9: the ranking the province confirmed goes into the register, per city and year: grade, score, rank and the
 * number ranked in its category, with the round's case. The ranks are computed again from the same scores, so the
 * register holds what the confirmation showed; PM-32(c) reads them. Each city's running case shows its assessment.
 */
@Service("recordAssessmentRoundUseCase")
public class RecordAssessmentRound {

    private final RankAssessmentRound ranking;
    private final Register register;
    private final AssessmentNotices notices;

    public RecordAssessmentRound(RankAssessmentRound ranking, Register register, AssessmentNotices notices) {
        this.ranking = ranking;
        this.register = register;
        this.notices = notices;
    }

    public List<RankedCity> record(int year, List<Entry> entries, String roundCaseId) {
        List<RankedCity> cities = ranking.rank(entries).cities();
        for (RankedCity city : cities) {
            register.recordRoundAssessment(city.cityId(), year, city.grade(), city.category(), city.rank(), city.ranked(),
                    city.score(), roundCaseId);
            notices.recorded(year, city);
        }
        return cities;
    }
}
