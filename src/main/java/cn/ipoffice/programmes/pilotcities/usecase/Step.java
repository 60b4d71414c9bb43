package cn.ipoffice.programmes.pilotcities.usecase;

/**
 * A step of one holder's case that writes to the register: its key makes the write happen once however often the
 * engine retries the step. The key is the one {@code CaseFacts.stepKey} gives: rule id, holder, case.
 *
 * @param holderId the holder the case is about
 * @param caseId the process instance that takes the step
 */
public record Step(String holderId, String caseId) {

    public String key(String ruleId) {
        return ruleId + ":" + holderId + ":" + caseId;
    }
}
