package cn.ipoffice.programmes.modelcities.usecase;

/**
 * One step of a case, for the register's writes: the holder it is about and the case's id. A retried step has
 * the same key, so the register writes once.
 */
public record Step(String holderId, String caseId) {

    /** {@code <rule id>:<holder id>:<case id>}, e.g. {@code PM-20:320500:<case id>}. */
    public String key(String ruleId) {
        return ruleId + ":" + holderId + ":" + caseId;
    }
}
