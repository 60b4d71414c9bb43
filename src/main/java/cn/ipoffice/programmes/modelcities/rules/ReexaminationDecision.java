package cn.ipoffice.programmes.modelcities.rules;

/** SIPO's decision on a model city's reexamination (PM-28): passed keeps the title (PM-29), failed withdraws it. */
public enum ReexaminationDecision {
    PASS, FAIL
}
