package cn.ipoffice.programmes.clusterareas.rules;

/** The result of SIPO's check and acceptance (CA-17) or review (CA-18). */
public enum CheckResult {
    EXCELLENT, QUALIFIED, UNQUALIFIED
}
