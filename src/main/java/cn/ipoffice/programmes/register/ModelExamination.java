package cn.ipoffice.programmes.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * SIPO's yearly examination of a model city (PM-23, I-8): the grade on the scale of the provincial assessments
 * (PM-9), the patent strength index and the share (percent) of the work plan's targets met, for the year examined.
 */
@Entity
@Table(name = "model_examination")
public class ModelExamination {

    static final BigDecimal FULL_SHARE = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "holder_id")
    private String holderId;
    @Column(name = "examination_year")
    private int year;
    @Enumerated(EnumType.STRING)
    private Grade grade;
    @Column(name = "patent_strength_index")
    private BigDecimal patentStrengthIndex;
    @Column(name = "targets_met_percent")
    private BigDecimal targetsMetPercent;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected ModelExamination() {
    }

    ModelExamination(String holderId, int year, Grade grade, BigDecimal patentStrengthIndex,
            BigDecimal targetsMetPercent, String processInstanceId, Instant now) {
        if (grade == null || patentStrengthIndex == null || targetsMetPercent == null) {
            throw new IllegalArgumentException("An examination needs its grade, patent strength index and targets met");
        }
        if (patentStrengthIndex.signum() < 0 || targetsMetPercent.signum() < 0
                || targetsMetPercent.compareTo(FULL_SHARE) > 0) {
            throw new IllegalArgumentException("The " + year + " examination of " + holderId + " needs a patent strength"
                    + " index of 0 or more and a share of targets met from 0 to 100 %");
        }
        this.holderId = holderId;
        this.year = year;
        this.grade = grade;
        this.patentStrengthIndex = patentStrengthIndex;
        this.targetsMetPercent = targetsMetPercent;
        this.processInstanceId = processInstanceId;
        this.createdAt = now;
    }

    /** Whether it records the same findings: the same examination submitted again. */
    boolean sameAs(Grade grade, BigDecimal patentStrengthIndex, BigDecimal targetsMetPercent) {
        return this.grade == grade && this.patentStrengthIndex.compareTo(patentStrengthIndex) == 0
                && this.targetsMetPercent.compareTo(targetsMetPercent) == 0;
    }

    public Long getId() {
        return id;
    }

    public String getHolderId() {
        return holderId;
    }

    public int getYear() {
        return year;
    }

    public Grade getGrade() {
        return grade;
    }

    public BigDecimal getPatentStrengthIndex() {
        return patentStrengthIndex;
    }

    public BigDecimal getTargetsMetPercent() {
        return targetsMetPercent;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
