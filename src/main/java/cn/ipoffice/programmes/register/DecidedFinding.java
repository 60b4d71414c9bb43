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
import java.time.LocalDate;

/**
 * A finding SIPO decided (PM-32(c)): the holder, the rule, the pair of years it was about, the decision, its day
 * and the case. The same pair of years is not put to SIPO again.
 */
@Entity
@Table(name = "finding_decision")
public class DecidedFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "holder_id")
    private String holderId;
    @Column(name = "programme_rule")
    private String ruleId;
    @Column(name = "first_year")
    private int firstYear;
    @Column(name = "second_year")
    private int secondYear;
    @Enumerated(EnumType.STRING)
    private FindingDecision decision;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected DecidedFinding() {
    }

    DecidedFinding(String holderId, String ruleId, int firstYear, int secondYear, FindingDecision decision,
            LocalDate decidedOn, String processInstanceId, Instant now) {
        this.holderId = holderId;
        this.ruleId = ruleId;
        this.firstYear = firstYear;
        this.secondYear = secondYear;
        this.decision = decision;
        this.decidedOn = decidedOn;
        this.processInstanceId = processInstanceId;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getHolderId() {
        return holderId;
    }

    public String getRuleId() {
        return ruleId;
    }

    public int getFirstYear() {
        return firstYear;
    }

    public int getSecondYear() {
        return secondYear;
    }

    public FindingDecision getDecision() {
        return decision;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
