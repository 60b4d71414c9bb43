package cn.ipoffice.programmes.casework;

import java.time.LocalDate;

/** The variables every case of either programme carries, whichever of its processes it is in. */
public final class CaseVariables {

    public static final CaseVariable<String> HOLDER_ID = CaseVariable.text("holderId");
    public static final CaseVariable<String> HOLDER_NAME = CaseVariable.text("holderName");
    /** The group that supervises the case: {@code province-<first two digits>} for pilot cities, {@code sipo} for cluster areas. */
    public static final CaseVariable<String> SUPERVISOR_GROUP = CaseVariable.text("supervisorGroup");
    public static final CaseVariable<Integer> ROUND = CaseVariable.integer("round");
    /** First and last day of the term or cycle, in China Standard Time. */
    public static final CaseVariable<LocalDate> TERM_START = CaseVariable.day("termStart");
    public static final CaseVariable<LocalDate> TERM_END = CaseVariable.day("termEnd");
    /**
     * The day the term's obligations count from (I-10): the decision that starts the term (its first day) or
     * renews it (the reexamination's or review's decision, while the title runs on from the old term's end).
     */
    public static final CaseVariable<LocalDate> OBLIGATIONS_FROM = CaseVariable.day("obligationsFrom");
    /** Whether the round owes the PM-8 work plan (round 1, which begins with SIPO's approval). */
    public static final CaseVariable<Boolean> WORK_PLAN_OWED = CaseVariable.flag("workPlanOwed");
    /** The provincial office's group, {@code province-<first two digits>}, where it is not the supervisor. */
    public static final CaseVariable<String> PROVINCE_GROUP = CaseVariable.text("provinceGroup");

    private CaseVariables() {
    }
}
