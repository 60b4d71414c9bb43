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

/** A ban on applying for one title, from its first to its last day (I-6). */
@Entity
@Table(name = "ban")
public class Ban {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "holder_id")
    private String holderId;
    @Enumerated(EnumType.STRING)
    @Column(name = "title_scope")
    private Title titleScope;
    @Column(name = "first_day")
    private LocalDate firstDay;
    @Column(name = "last_day")
    private LocalDate lastDay;
    @Column(name = "rule_id")
    private String ruleId;
    private String reason;
    @Column(name = "step_key")
    private String stepKey;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Ban() {
    }

    Ban(String holderId, Title titleScope, LocalDate firstDay, LocalDate lastDay, String ruleId, String reason,
            String stepKey, Instant now) {
        this.holderId = holderId;
        this.titleScope = titleScope;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.ruleId = ruleId;
        this.reason = reason;
        this.stepKey = stepKey;
        this.createdAt = now;
    }

    /** Whether the ban forbids an application filed on {@code day}. */
    public boolean forbids(Title title, LocalDate day) {
        return titleScope == title && !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public Long getId() {
        return id;
    }

    public String getHolderId() {
        return holderId;
    }

    public Title getTitleScope() {
        return titleScope;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    /** The last day of the ban ("until"). */
    public LocalDate getLastDay() {
        return lastDay;
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getReason() {
        return reason;
    }

    public String getStepKey() {
        return stepKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
