package cn.ipoffice.programmes.pilotcities.rules;

/**
 * I-9: SIPO's decision on a pilot city whose plan window (PM-17) closed after a late step of its provincial office
 * (PM-13): a fresh window, or the withdrawal PM-17 attaches to the missed window.
 */
public enum PlanWindowDecision {
    /** A fresh window of 6 months from SIPO's decision (I-9, I-10). */
    FRESH_WINDOW,
    /** Withdrawn from the pilot list with a 3-year ban from SIPO's decision (PM-17, I-6). */
    WITHDRAW
}
