package cn.ipoffice.programmes.register;

/**
 * What a supervising office did about a missed deadline, as its escalation form offers it
 * ({@code forms/overdue-escalation.form}, field {@code escalationAction}).
 */
public enum EscalationStep {
    REMINDER_SENT("Written reminder sent"),
    TALK_HELD("Talk held with the responsible office"),
    REFERRED("Referred to the supervising department");

    private final String label;

    EscalationStep(String label) {
        this.label = label;
    }

    /** The words of the form. */
    public String label() {
        return label;
    }
}
