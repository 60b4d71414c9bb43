package cn.ipoffice.programmes.casework;

/** The variables every case of either programme carries, whichever of its processes it is in. */
public final class CaseVariables {

    public static final String HOLDER_ID = "holderId";
    public static final String HOLDER_NAME = "holderName";
    /** The group that supervises the case: {@code province-<first two digits>} for pilot cities, {@code sipo} for cluster areas. */
    public static final String SUPERVISOR_GROUP = "supervisorGroup";
    public static final String ROUND = "round";
    /** First and last day of the term or cycle, ISO days in China Standard Time. */
    public static final String TERM_START = "termStart";
    public static final String TERM_END = "termEnd";
    /** Whether the round owes the PM-8 work plan (round 1, which begins with SIPO's approval). */
    public static final String WORK_PLAN_OWED = "workPlanOwed";
    /** The provincial office's group, {@code province-<first two digits>}, where it is not the supervisor. */
    public static final String PROVINCE_GROUP = "provinceGroup";

    private CaseVariables() {
    }
}
