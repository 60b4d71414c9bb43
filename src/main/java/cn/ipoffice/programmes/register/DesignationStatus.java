package cn.ipoffice.programmes.register;

/** Where a title stands. */
public enum DesignationStatus {
    /** The term is running. */
    ACTIVE,
    /** The term ran out and was followed by the next stage. */
    COMPLETED,
    /** Taken away by a decision (PM-14, PM-17, PM-27, PM-29, PM-32). */
    WITHDRAWN,
    /** Cancelled (PM-31, CA-18). */
    CANCELLED,
    /** Left without a consequence (I-3). */
    ENDED
}
