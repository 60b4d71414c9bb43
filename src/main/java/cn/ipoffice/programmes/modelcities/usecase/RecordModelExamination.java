package cn.ipoffice.programmes.modelcities.usecase;

import cn.ipoffice.programmes.register.Grade;
import cn.ipoffice.programmes.register.Register;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;

/**
 * PM-23, I-8: SIPO's yearly examination of a model city, entered in the year's examination round: the grade (on the
 * scale of the provincial assessments, PM-9), the patent strength index SIPO monitors and the share of the work
 * plan's targets met are recorded for the year examined. PM-18(vii) counts the
 * grade at the reexamination (PM-28), which shows all three as its main bases.
 */
@Service("recordModelExaminationUseCase")
public class RecordModelExamination {

    /** The examination form of the year examined. */
    public record Examination(int year, Grade grade, BigDecimal patentStrengthIndex, BigDecimal targetsMetPercent) {
    }

    private final Register register;

    public RecordModelExamination(Register register) {
        this.register = register;
    }

    /** {@code caseId} is the {@code model-city-examination} case in which SIPO examined. */
    public void record(String holderId, Examination examination, String caseId) {
        register.recordExamination(holderId, examination.year(), examination.grade(),
                examination.patentStrengthIndex(), examination.targetsMetPercent(), caseId);
    }
}
