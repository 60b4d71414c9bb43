package cn.ipoffice.programmes.pilotcities.usecase;

import cn.ipoffice.programmes.register.AnnualAssessment;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.Register;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * PM-9: a province opens its assessment round of a year for all its pilot and fostering cities of that year, once
 * the cities' reports on it were due (PM-12, 31 January of the year after). A year not yet reported on, one the
 * province's round has already ranked, or one already on a city's record without a round (the register's history from
 * before the yearly rounds, or a case begun on an earlier version of the diagrams: without a score, so that the
 * category could not be ranked from scores) is refused naming the field; nothing is opened.
 */
@Service("openAssessmentRoundUseCase")
public class OpenAssessmentRound {

    public static final String RULE = "PM-9";

    /** The round: the day the reports on the year were due, and the cities to assess in the register's order. */
    public record Round(LocalDate reportsDueOn, List<String> cityIds) {
    }

    private final Register register;

    public OpenAssessmentRound(Register register) {
        this.register = register;
    }

    public Round open(String province, int year, LocalDate today) {
        if (province == null || !province.matches("\\d{2}")) {
            throw new IllegalArgumentException("holderId: the province is named by the first two digits of its "
                    + "division code (32 Jiangsu), not " + province);
        }
        LocalDate reportsDueOn = LocalDate.of(year + 1, 1, 31);
        if (!today.isAfter(reportsDueOn)) {
            throw new IllegalArgumentException("assessedYear: the assessment round of " + year + " opens on "
                    + reportsDueOn.plusDays(1) + ", after the cities' reports on " + year + " were due on "
                    + reportsDueOn + " (" + RULE + ", PM-12)");
        }
        List<String> cities = register.pilotAndFosteringCitiesOf(province, year).stream().map(Holder::getId).toList();
        List<AnnualAssessment> onRecord = register.assessmentsOfYear(cities, year);
        Optional<AnnualAssessment> ranked = onRecord.stream().filter(a -> a.getRoundCaseId() != null).findFirst();
        if (ranked.isPresent()) {
            throw new IllegalArgumentException("assessedYear: the cities of province " + province
                    + " were ranked for " + year + " already, by the round " + ranked.get().getRoundCaseId());
        }
        // A year on record without a round (or kept as missed, I-12) has no score to rank by.
        List<String> enteredInTheirCase = onRecord.stream().map(AnnualAssessment::getHolderId).distinct().toList();
        if (!enteredInTheirCase.isEmpty()) {
            throw new IllegalArgumentException("assessedYear: the " + year + " assessment of " + String.join(", ",
                    enteredInTheirCase) + " is already on record without a round, without a score to rank by");
        }
        return new Round(reportsDueOn, cities);
    }
}
