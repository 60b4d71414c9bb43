package cn.ipoffice.programmes.clusterareas.rules;

/** What follows a check or a review. */
public enum CheckOutcome {
    /** CA-17: excellent, the area becomes a demonstrative area. */
    DEMONSTRATIVE,
    /** CA-17: qualified, the area holds the experimental-area title and may ask for another check. */
    EXPERIMENTAL_TITLE,
    /** CA-17, CA-18: unqualified, rectification by the date SIPO sets (I-5), then a new check or review. */
    RECTIFICATION,
    /** CA-18: qualified at review, a new 3-year term. */
    NEW_TERM,
    /** CA-18: still unqualified after rectification, the title is cancelled. */
    CANCELLATION
}
