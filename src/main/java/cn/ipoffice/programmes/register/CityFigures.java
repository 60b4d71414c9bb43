package cn.ipoffice.programmes.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A city's figures of one year as SIPO records them for the cities it evaluates (PM-5(v), PM-18(iv), (vi)). */
@Entity
@Table(name = "city_figures")
public class CityFigures {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "holder_id")
    private String holderId;
    @Column(name = "figures_year")
    private int year;
    @Column(name = "enforcement_score")
    private BigDecimal enforcementScore;
    @Column(name = "pledge_financing")
    private BigDecimal pledgeFinancing;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected CityFigures() {
    }

    CityFigures(String holderId, int year, BigDecimal enforcementScore, BigDecimal pledgeFinancing, Instant now) {
        refuseNegative(holderId, enforcementScore, pledgeFinancing);
        this.holderId = holderId;
        this.year = year;
        this.enforcementScore = enforcementScore;
        this.pledgeFinancing = pledgeFinancing;
        this.recordedAt = now;
    }

    private static void refuseNegative(String holderId, BigDecimal enforcementScore, BigDecimal pledgeFinancing) {
        if (enforcementScore.signum() < 0 || pledgeFinancing.signum() < 0) {
            throw new IllegalArgumentException("Figures of " + holderId + " may not be negative");
        }
    }

    void update(BigDecimal enforcementScore, BigDecimal pledgeFinancing, Instant now) {
        refuseNegative(holderId, enforcementScore, pledgeFinancing);
        this.enforcementScore = enforcementScore;
        this.pledgeFinancing = pledgeFinancing;
        this.recordedAt = now;
    }

    public String getHolderId() {
        return holderId;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getEnforcementScore() {
        return enforcementScore;
    }

    public BigDecimal getPledgeFinancing() {
        return pledgeFinancing;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
