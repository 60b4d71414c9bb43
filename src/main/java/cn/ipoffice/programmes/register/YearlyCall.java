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
 * SIPO's call for a programme and a year (PM-7, I-14): one per programme and year, open until 24:00 CST of its
 * closing date, then closed with its batch, then published with the one reply notice date of its list.
 */
@Entity
@Table(name = "yearly_call")
public class YearlyCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private CallProgramme programme;
    @Column(name = "call_year")
    private int year;
    @Column(name = "closing_date")
    private LocalDate closingDate;
    @Column(name = "quota_per_province")
    private Integer quotaPerProvince;
    @Enumerated(EnumType.STRING)
    private CallState state;
    @Column(name = "reply_notice_date")
    private LocalDate replyNoticeDate;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "opened_at")
    private Instant openedAt;

    protected YearlyCall() {
    }

    YearlyCall(CallProgramme programme, int year, LocalDate closingDate, Integer quotaPerProvince,
            String processInstanceId, Instant now) {
        this.programme = programme;
        this.year = year;
        this.closingDate = closingDate;
        this.quotaPerProvince = quotaPerProvince;
        this.state = CallState.OPEN;
        this.processInstanceId = processInstanceId;
        this.openedAt = now;
    }

    void close() {
        if (state == CallState.OPEN) {
            state = CallState.CLOSED;
        }
    }

    void publish(LocalDate replyNotice) {
        if (state != CallState.CLOSED) {
            throw new IllegalStateException("The " + year + " call for " + programme.listName() + " is " + state
                    + ": only a closed call publishes its list");
        }
        state = CallState.PUBLISHED;
        replyNoticeDate = replyNotice;
    }

    public Long getId() {
        return id;
    }

    public CallProgramme getProgramme() {
        return programme;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getClosingDate() {
        return closingDate;
    }

    /** At most this many approvals per province, or none (no quota). */
    public Integer getQuotaPerProvince() {
        return quotaPerProvince;
    }

    public CallState getState() {
        return state;
    }

    public LocalDate getReplyNoticeDate() {
        return replyNoticeDate;
    }

    /** The call's case. */
    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
