package cn.ipoffice.programmes.modelcities;

import cn.ipoffice.programmes.casework.CaseVariable;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.modelcities.rules.WithdrawalGround;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;

/** The {@code title-withdrawal} process (PM-31, PM-32, I-4). */
public final class TitleWithdrawalProcess {

    public static final String KEY = "title-withdrawal";
    public static final String RESOURCE = "title-withdrawal.bpmn";

    public static final String START = "Start_FindingRecorded";
    public static final String START_DETECTED = "Start_FindingDetected";
    public static final String MESSAGE_DETECTED = "title-withdrawal-finding-detected";
    public static final String TASK_CONFIRM = "Task_ConfirmFinding";
    /** SIPO's answer to {@link #TASK_CONFIRM}, in {@link Vars#CONFIRMATION}. */
    public static final String CONFIRMED = "CONFIRM";
    public static final String END_DISMISSED = "End_FindingDismissed";
    public static final String TASK_WITHDRAW = "Task_WithdrawTitle";
    public static final String END_WITHDRAWN = "End_TitleWithdrawnOnFinding";

    /** The finding (start form, or PM-32(c) detected) and SIPO's confirmation. */
    public static final class Vars {
        public static final CaseVariable<String> HOLDER_ID = CaseVariable.text("holderId");
        /** The holder's name, which the confirmation task names (a detected finding carries it from the detecting case). */
        public static final CaseVariable<String> HOLDER_NAME = CaseVariables.HOLDER_NAME;
        public static final CaseVariable<Title> TITLE = CaseVariable.choice("title", Title.class);
        public static final CaseVariable<WithdrawalGround> GROUND =
                CaseVariable.choice("ground", WithdrawalGround.class);
        public static final CaseVariable<LocalDate> VERIFIED_ON = CaseVariable.day("verifiedOn");
        public static final CaseVariable<String> FINDING = CaseVariable.text("finding");
        public static final CaseVariable<String> CONFIRMATION = CaseVariable.text("confirmation");
        /** PM-32(c) detected: the two consecutive years last of its category, which SIPO decides once. */
        public static final CaseVariable<Integer> FIRST_YEAR = CaseVariable.integer("firstYearLast");
        public static final CaseVariable<Integer> SECOND_YEAR = CaseVariable.integer("secondYearLast");

        private Vars() {
        }
    }

    private TitleWithdrawalProcess() {
    }
}
