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
import java.time.LocalDate;

/**
 * The provincial office's scores of a model-city candidate of one year by the indicator system of Appendix 2
 * (PM-19(ii)): objective strength and weighted total, whether the candidate met all nine conditions of PM-18 on them,
 * and the office's recommendation once made.
 */
@Entity
@Table(name = "model_candidate_score")
public class ModelCandidateScore {

    /** What the provincial office decided on an eligible candidate (PM-19(ii)). */
    public enum Recommendation {
        RECOMMENDED, NOT_RECOMMENDED
    }

    static final BigDecimal FULL_SCORE = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "holder_id")
    private String holderId;
    @Column(name = "candidate_year")
    private int year;
    private String province;
    @Column(name = "objective_strength")
    private BigDecimal objectiveStrength;
    @Column(name = "weighted_total")
    private BigDecimal weightedTotal;
    private boolean eligible;
    @Enumerated(EnumType.STRING)
    private Recommendation recommendation;
    @Column(name = "recommended_on")
    private LocalDate recommendedOn;
    @Column(name = "case_id")
    private String caseId;
    @Column(name = "scored_at")
    private Instant scoredAt;

    protected ModelCandidateScore() {
    }

    ModelCandidateScore(String holderId, int year) {
        this.holderId = holderId;
        this.year = year;
        this.province = Holder.provinceOf(holderId);
    }

    /** Scores the candidate (again: a city that applies twice in a year is scored on its latest application). */
    void score(BigDecimal objectiveStrength, BigDecimal weightedTotal, boolean eligible, String caseId, Instant now) {
        for (BigDecimal score : new BigDecimal[] {objectiveStrength, weightedTotal}) {
            if (score == null || score.signum() < 0 || score.compareTo(FULL_SCORE) > 0) {
                throw new IllegalArgumentException("The scores of " + holderId + " must lie between 0 and 100");
            }
        }
        this.objectiveStrength = objectiveStrength;
        this.weightedTotal = weightedTotal;
        this.eligible = eligible;
        this.caseId = caseId;
        this.scoredAt = now;
        this.recommendation = null;
        this.recommendedOn = null;
    }

    void decide(Recommendation recommendation, LocalDate on) {
        this.recommendation = recommendation;
        this.recommendedOn = on;
    }

    public String getHolderId() {
        return holderId;
    }

    public int getYear() {
        return year;
    }

    public String getProvince() {
        return province;
    }

    public BigDecimal getObjectiveStrength() {
        return objectiveStrength;
    }

    public BigDecimal getWeightedTotal() {
        return weightedTotal;
    }

    public boolean isEligible() {
        return eligible;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public LocalDate getRecommendedOn() {
        return recommendedOn;
    }

    public String getCaseId() {
        return caseId;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }
}
