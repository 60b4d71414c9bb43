package cn.ipoffice.programmes.pilotcities.usecase;

import cn.ipoffice.programmes.register.AssessmentCategory;
import cn.ipoffice.programmes.register.Grade;
import cn.ipoffice.programmes.register.Register;
import org.springframework.stereotype.Service;

/**
 * PM-9: the provincial office's grade and rank of a city's performance, entered in the city's own case from the
 * 1 January after the year: the assessment is of the year before the report year. Where the province's assessment
 * round has already recorded the year, with the rank computed from the scores, the round's record stands and the
 * entry in the city's case is not written over it.
 */
@Service("recordAssessmentUseCase")
public class RecordAssessment {

    /** The assessment form, as filed with the report of {@code reportYear}. */
    public record Assessment(int reportYear, Grade grade, AssessmentCategory category, int rank, int categorySize) {
    }

    private final Register register;

    public RecordAssessment(Register register) {
        this.register = register;
    }

    public void record(String holderId, Assessment assessment) {
        int year = assessment.reportYear() - 1;
        boolean rankedByRound = register.assessmentsOf(holderId).stream()
                .anyMatch(recorded -> recorded.getYear() == year && recorded.getRoundCaseId() != null);
        if (rankedByRound) {
            return;
        }
        register.recordAssessment(holderId, year, assessment.grade(), assessment.category(), assessment.rank(),
                assessment.categorySize());
    }
}
