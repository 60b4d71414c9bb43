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
 * A provincial office's annual performance assessment of a city (PM-9): grade and rank in its category; or, for an
 * assessment still open when its case moved on, the year marked missed, without a grade (I-12).
 */
@Entity
@Table(name = "annual_assessment")
public class AnnualAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "holder_id")
    private String holderId;
    @Column(name = "assessment_year")
    private int year;
    @Enumerated(EnumType.STRING)
    private Grade grade;
    @Enumerated(EnumType.STRING)
    private AssessmentCategory category;
    @Column(name = "rank_in_category")
    private Integer rank;
    @Column(name = "category_size")
    private Integer categorySize;
    private BigDecimal score;
    @Column(name = "round_case_id")
    private String roundCaseId;
    private boolean missed;
    private String remarks;
    @Column(name = "created_at")
    private Instant createdAt;

    protected AnnualAssessment() {
    }

    AnnualAssessment(String holderId, int year, Grade grade, AssessmentCategory category, int rank, int categorySize,
            Instant now) {
        if (categorySize < 1 || rank < 1 || rank > categorySize) {
            throw new IllegalArgumentException(
                    "A rank must lie between 1 and the number of cities ranked: rank " + rank + " of " + categorySize);
        }
        this.holderId = holderId;
        this.year = year;
        this.grade = grade;
        this.category = category;
        this.rank = rank;
        this.categorySize = categorySize;
        this.createdAt = now;
    }

    /** PM-9, I-13: an assessment of a province's round, with the score its rank was computed from. */
    static AnnualAssessment ofRound(String holderId, int year, Grade grade, AssessmentCategory category, int rank,
            int categorySize, BigDecimal score, String roundCaseId, Instant now) {
        AnnualAssessment assessment = new AnnualAssessment(holderId, year, grade, category, rank, categorySize, now);
        assessment.score = score;
        assessment.roundCaseId = roundCaseId;
        return assessment;
    }

    /** I-12: the assessment of {@code year} was never made; its case ended while it was open. */
    static AnnualAssessment missed(String holderId, int year, String remarks, Instant now) {
        AnnualAssessment assessment = new AnnualAssessment();
        assessment.holderId = holderId;
        assessment.year = year;
        assessment.missed = true;
        assessment.remarks = remarks;
        assessment.createdAt = now;
        return assessment;
    }

    public boolean isMissed() {
        return missed;
    }

    public String getRemarks() {
        return remarks;
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

    public AssessmentCategory getCategory() {
        return category;
    }

    /** The rank in the category; none for a missed assessment. */
    public Integer getRank() {
        return rank;
    }

    /** The score the rank was computed from (0 to 100); none for an assessment made before the rounds. */
    public BigDecimal getScore() {
        return score;
    }

    /** The province's assessment round that recorded it; none for an assessment made in the city's own case. */
    public String getRoundCaseId() {
        return roundCaseId;
    }

    public Integer getCategorySize() {
        return categorySize;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
