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
 * One action a supervising office recorded on the escalation of a missed deadline (docs/rules.md "Time"): what it did,
 * its remarks, the day the escalation comes back to it, who recorded it and when. It belongs to the missed deadline's
 * incident ({@code incidentId}), which Cockpit's "Overdue cases" lists, and to the escalation task whose completion
 * recorded it ({@code taskId}, one action per completion).
 */
@Entity
@Table(name = "escalation_action")
public class EscalationAction {

    static final int LONGEST_REMARKS = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "incident_id")
    private String incidentId;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "task_id")
    private String taskId;
    @Column(name = "holder_id")
    private String holderId;
    @Column(name = "rule_id")
    private String ruleId;
    @Enumerated(EnumType.STRING)
    private EscalationStep action;
    private String remarks;
    @Column(name = "follow_up_on")
    private LocalDate followUpOn;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected EscalationAction() {
    }

    EscalationAction(NewEscalationAction recorded, Instant now) {
        if (recorded.incidentId() == null || recorded.caseId() == null || recorded.taskId() == null
                || recorded.ruleId() == null) {
            throw new IllegalArgumentException("An escalation action needs its missed deadline, case, task and rule");
        }
        if (recorded.action() == null || recorded.followUpOn() == null) {
            throw new IllegalArgumentException("An escalation action needs what was done and the day to follow up on");
        }
        if (recorded.remarks() != null && recorded.remarks().length() > LONGEST_REMARKS) {
            throw new IllegalArgumentException("An escalation action's remarks have at most " + LONGEST_REMARKS
                    + " characters, got " + recorded.remarks().length());
        }
        this.incidentId = recorded.incidentId();
        this.processInstanceId = recorded.caseId();
        this.taskId = recorded.taskId();
        this.holderId = recorded.holderId();
        this.ruleId = recorded.ruleId();
        this.action = recorded.action();
        this.remarks = recorded.remarks() == null || recorded.remarks().isBlank() ? null : recorded.remarks().trim();
        this.followUpOn = recorded.followUpOn();
        this.recordedAt = now;
        this.recordedBy = recorded.recordedBy();
    }

    public Long getId() {
        return id;
    }

    public String getIncidentId() {
        return incidentId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getHolderId() {
        return holderId;
    }

    public String getRuleId() {
        return ruleId;
    }

    public EscalationStep getAction() {
        return action;
    }

    public String getRemarks() {
        return remarks;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /** The signed-in user who completed the escalation task; none where the engine's own code completed it. */
    public String getRecordedBy() {
        return recordedBy;
    }
}
