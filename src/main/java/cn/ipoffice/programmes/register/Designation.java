package cn.ipoffice.programmes.register;

import cn.ipoffice.programmes.deadlines.Term;
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

/** A title held by a holder for one term (round), and what became of it. */
@Entity
@Table(name = "designation")
public class Designation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "holder_id")
    private String holderId;
    @Enumerated(EnumType.STRING)
    private Title title;
    @Enumerated(EnumType.STRING)
    private DesignationStatus status;
    @Column(name = "term_start")
    private LocalDate termStart;
    @Column(name = "term_end")
    private LocalDate termEnd;
    @Column(name = "round_no")
    private int round;
    @Column(name = "rule_id")
    private String ruleId;
    @Column(name = "step_key")
    private String stepKey;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "status_rule_id")
    private String statusRuleId;
    @Column(name = "status_reason")
    private String statusReason;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Designation() {
    }

    Designation(String holderId, Title title, Term term, int round, String ruleId, String stepKey,
            String processInstanceId, Instant now) {
        this(holderId, title, term.start(), round, ruleId, stepKey, processInstanceId, now);
        this.termEnd = term.lastDay();
    }

    /** A title held from {@code start} without a term end (CA-17's experimental-area title). */
    Designation(String holderId, Title title, LocalDate start, int round, String ruleId, String stepKey,
            String processInstanceId, Instant now) {
        if (round < 1) {
            throw new IllegalArgumentException("A round is numbered from 1, got " + round);
        }
        this.holderId = holderId;
        this.title = title;
        this.status = DesignationStatus.ACTIVE;
        this.termStart = start;
        this.round = round;
        this.ruleId = ruleId;
        this.stepKey = stepKey;
        this.processInstanceId = processInstanceId;
        this.updatedAt = now;
    }

    void close(DesignationStatus newStatus, String ruleId, String reason, Instant now) {
        // ruleId names the rule that ends the title; the granting rule stays in this.ruleId.
        if (status != DesignationStatus.ACTIVE) {
            throw new IllegalStateException("The " + title + " title of " + holderId + " is already " + status);
        }
        this.status = newStatus;
        this.statusRuleId = ruleId;
        this.statusReason = reason;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getHolderId() {
        return holderId;
    }

    public Title getTitle() {
        return title;
    }

    public DesignationStatus getStatus() {
        return status;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    /** The term's last day; {@code null} for a title without a term. */
    public LocalDate getTermEnd() {
        return termEnd;
    }

    public int getRound() {
        return round;
    }

    /** The rule that granted the title (PM-7, PM-16, CA-9 …). */
    public String getRuleId() {
        return ruleId;
    }

    /** The rule behind the present status when the title has ended (PM-14, PM-17, CA-18 …); null while active. */
    public String getStatusRuleId() {
        return statusRuleId;
    }

    public String getStepKey() {
        return stepKey;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
