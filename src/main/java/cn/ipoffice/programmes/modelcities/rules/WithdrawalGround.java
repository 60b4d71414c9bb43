package cn.ipoffice.programmes.modelcities.rules;

/** The grounds on which SIPO withdraws a title (PM-31, PM-32); none carries a ban (I-4). */
public enum WithdrawalGround {
    FRAUD("PM-31", "fraud or improper means, verified", true),
    INFRINGEMENT_NATIONWIDE("PM-32", "PM-32(a): massive, repeated or malicious infringement or mass abnormal applications"
            + " with nationwide effect and no effective measures", false),
    UNQUALIFIED_ENFORCEMENT("PM-32", "PM-32(b): unqualified in the patent administrative enforcement assessment", false),
    LAST_TWO_YEARS_RUNNING("PM-32", "PM-32(c): last of its category in the performance assessment two years running", false);

    private final String ruleId;
    private final String description;
    private final boolean cancels;

    WithdrawalGround(String ruleId, String description, boolean cancels) {
        this.ruleId = ruleId;
        this.description = description;
        this.cancels = cancels;
    }

    public String ruleId() {
        return ruleId;
    }

    public String description() {
        return description;
    }

    /** PM-31 cancels a title (and disqualifies an application); PM-32 withdraws it. */
    public boolean cancels() {
        return cancels;
    }
}
