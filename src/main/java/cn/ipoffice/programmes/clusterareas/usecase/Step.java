package cn.ipoffice.programmes.clusterareas.usecase;

/**
 * The step of an area's case that writes the register: the area and the case (its process instance id). Its key
 * is unique to the rule, the area and the case, so a step that runs again writes the register once.
 */
public record Step(String areaId, String caseId) {

    /** The same key as the other programmes' steps: {@code <rule>:<holder>:<case>}. */
    public String key(String ruleId) {
        return ruleId + ":" + areaId + ":" + caseId;
    }
}
