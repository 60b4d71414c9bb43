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
 * An application disqualified on a verified finding (PM-31): the holder, the title it applied for, the rule, the
 * day of the decision, its reason, the application's case and the case that decided it. No ban follows (I-4).
 */
@Entity
@Table(name = "disqualification")
public class Disqualification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "holder_id")
    private String holderId;
    @Enumerated(EnumType.STRING)
    private Title title;
    @Column(name = "programme_rule")
    private String ruleId;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    private String reason;
    @Column(name = "application_case_id")
    private String applicationCaseId;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "step_key")
    private String stepKey;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Disqualification() {
    }

    Disqualification(String holderId, Title title, String ruleId, LocalDate decidedOn, String reason,
            String applicationCaseId, String processInstanceId, String stepKey, Instant now) {
        this.holderId = holderId;
        this.title = title;
        this.ruleId = ruleId;
        this.decidedOn = decidedOn;
        this.reason = reason;
        this.applicationCaseId = applicationCaseId;
        this.processInstanceId = processInstanceId;
        this.stepKey = stepKey;
        this.createdAt = now;
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

    public String getRuleId() {
        return ruleId;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getReason() {
        return reason;
    }

    /** The disqualified application's case. */
    public String getApplicationCaseId() {
        return applicationCaseId;
    }

    /** The case that decided it (the title withdrawal). */
    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
