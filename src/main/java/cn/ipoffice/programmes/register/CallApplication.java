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

/**
 * An application filed with SIPO under a programme (PM-6, PM-7, I-14): waiting while no call has taken it, then
 * in the batch of the call that closed after its filing, decided, and on that year's list once it is published.
 * The applicant may not be in the register yet (it is entered at approval), so its name is kept here.
 */
@Entity
@Table(name = "call_application")
public class CallApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private CallProgramme programme;
    @Column(name = "holder_id")
    private String holderId;
    @Column(name = "holder_name")
    private String holderName;
    @Column(name = "application_case_id")
    private String applicationCaseId;
    @Column(name = "filed_at")
    private Instant filedAt;
    @Column(name = "call_id")
    private Long callId;
    @Enumerated(EnumType.STRING)
    private CallDecision decision;
    private String reason;

    protected CallApplication() {
    }

    CallApplication(CallProgramme programme, String holderId, String holderName, String applicationCaseId,
            Instant filedAt) {
        this.programme = programme;
        this.holderId = holderId;
        this.holderName = holderName;
        this.applicationCaseId = applicationCaseId;
        this.filedAt = filedAt;
    }

    void takenBy(YearlyCall call) {
        this.callId = call.getId();
    }

    void decide(CallDecision decision, String reason) {
        this.decision = decision;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public CallProgramme getProgramme() {
        return programme;
    }

    public String getHolderId() {
        return holderId;
    }

    public String getHolderName() {
        return holderName;
    }

    /** The province's 2-digit code, from the holder's code. */
    public String getProvince() {
        return Holder.provinceOf(holderId);
    }

    public String getApplicationCaseId() {
        return applicationCaseId;
    }

    /** When the province filed it with SIPO (the filing task's completion). */
    public Instant getFiledAt() {
        return filedAt;
    }

    /** The call whose batch it is in; none while it waits for a call. */
    public Long getCallId() {
        return callId;
    }

    public CallDecision getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }
}
