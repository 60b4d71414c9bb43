package cn.ipoffice.programmes.casework;

/**
 * One step of one case about one holder: what makes a register write of that step happen once, however often
 * the step runs (a retried job, a repeated completion). The same in every programme.
 */
public record Step(String holderId, String caseId) {

    /** {@code <rule id>:<holder id>:<case id>}, e.g. {@code PM-20:320500:<case id>}. */
    public String key(String ruleId) {
        return ruleId + ":" + holderId + ":" + caseId;
    }
}
