package cn.ipoffice.programmes.register;

/**
 * SIPO's decision on one application of a call's batch (PM-7); or that the application ended before a call took it
 * (withdrawn, disqualified under PM-31), so that no call takes it.
 */
public enum CallDecision {
    APPROVED, REFUSED, ENDED_BEFORE_THE_CALL
}
