package cn.ipoffice.programmes.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An annual report received and reviewed (CA-15, PM-12, PM-26), or one still owed when its case moved on, kept as
 * missed (I-12).
 */
@Entity
@Table(name = "annual_report")
public class AnnualReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "holder_id")
    private String holderId;
    @Column(name = "programme_rule")
    private String ruleId;
    @Column(name = "report_year")
    private int year;
    @Column(name = "submitted_on")
    private LocalDate submittedOn;
    @Column(name = "on_time")
    private boolean onTime;
    private boolean accepted;
    private String remarks;
    private boolean missed;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected AnnualReport() {
    }

    AnnualReport(String holderId, String ruleId, int year, LocalDate submittedOn, boolean onTime, boolean accepted,
            String remarks, String processInstanceId, Instant now) {
        this.holderId = holderId;
        this.ruleId = ruleId;
        this.year = year;
        this.submittedOn = submittedOn;
        this.onTime = onTime;
        this.accepted = accepted;
        this.remarks = remarks;
        this.processInstanceId = processInstanceId;
        this.createdAt = now;
    }

    /** A report never delivered: its case ended (the holder's stage moved on) while it was owed (I-12). */
    static AnnualReport missed(String holderId, String ruleId, int year, String remarks, String processInstanceId,
            Instant now) {
        AnnualReport report = new AnnualReport(holderId, ruleId, year, null, false, false, remarks, processInstanceId, now);
        report.missed = true;
        return report;
    }

    public boolean isMissed() {
        return missed;
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

    public int getYear() {
        return year;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public boolean isOnTime() {
        return onTime;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public String getRemarks() {
        return remarks;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
