package cn.ipoffice.programmes.modelcities.usecase;

import cn.ipoffice.programmes.register.Grade;
import cn.ipoffice.programmes.register.Register;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;

/**
 * PM-23, I-8: SIPO's yearly examination of a model city, entered with the annual summary of the following year:
 * the grade (on the scale of the provincial assessments, PM-9), the patent strength index SIPO monitors and the
 * share of the work plan's targets met are recorded for the year before the report year. PM-18(vii) counts the
 * grade at the reexamination (PM-28), which shows all three as its main bases.
 */
@Service("recordModelExaminationUseCase")
public class RecordModelExamination {

    /** The examination form, as filed with the summary of {@code reportYear}. */
    public record Examination(int reportYear, Grade grade, BigDecimal patentStrengthIndex, BigDecimal targetsMetPercent) {
    }

    private final Register register;

    public RecordModelExamination(Register register) {
        this.register = register;
    }

    /** {@code caseId} is the {@code model-city-term} case in which SIPO examined. */
    public void record(String holderId, Examination examination, String caseId) {
        register.recordExamination(holderId, examination.reportYear() - 1, examination.grade(),
                examination.patentStrengthIndex(), examination.targetsMetPercent(), caseId);
    }
}
