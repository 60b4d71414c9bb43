package cn.ipoffice.programmes.pilotcities.usecase;

import cn.ipoffice.programmes.register.AssessmentCategory;
import cn.ipoffice.programmes.register.Grade;
import cn.ipoffice.programmes.register.Register;
import org.springframework.stereotype.Service;

/**
 * PM-9: the provincial office's grade and rank of a city's performance, entered with the annual report of the
 * following year: the assessment is of the year before the report year.
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
        register.recordAssessment(holderId, assessment.reportYear() - 1, assessment.grade(), assessment.category(),
                assessment.rank(), assessment.categorySize());
    }
}
