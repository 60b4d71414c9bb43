package cn.ipoffice.programmes.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A provincial office's annual performance assessment of a city (PM-9): grade and rank in its category. */
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
    private int rank;
    @Column(name = "category_size")
    private int categorySize;
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

    public int getRank() {
        return rank;
    }

    public int getCategorySize() {
        return categorySize;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
