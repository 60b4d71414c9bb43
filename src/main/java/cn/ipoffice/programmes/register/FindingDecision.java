package cn.ipoffice.programmes.register;

/** SIPO's decision on a finding put to it for confirmation (PM-32(c)). */
public enum FindingDecision {
    CONFIRMED,
    DISMISSED
}
