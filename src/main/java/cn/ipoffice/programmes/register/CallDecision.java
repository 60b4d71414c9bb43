package cn.ipoffice.programmes.register;

/** SIPO's decision on one application of a call's batch (PM-7). */
public enum CallDecision {
    APPROVED, REFUSED
}
