package cn.ipoffice.programmes.modelcities;

/** The {@code title-withdrawal} process (PM-31, PM-32, I-4). */
public final class TitleWithdrawalProcess {

    public static final String KEY = "title-withdrawal";
    public static final String RESOURCE = "title-withdrawal.bpmn";

    public static final String START = "Start_FindingRecorded";
    public static final String START_DETECTED = "Start_FindingDetected";
    public static final String MESSAGE_DETECTED = "title-withdrawal-finding-detected";
    public static final String TASK_CONFIRM = "Task_ConfirmFinding";
    public static final String END_DISMISSED = "End_FindingDismissed";
    public static final String TASK_WITHDRAW = "Task_WithdrawTitle";
    public static final String END_WITHDRAWN = "End_TitleWithdrawnOnFinding";

    public static final class Vars {
        public static final String HOLDER_ID = "holderId";
        public static final String TITLE = "title";
        public static final String GROUND = "ground";
        public static final String VERIFIED_ON = "verifiedOn";
        public static final String FINDING = "finding";
        public static final String CONFIRMATION = "confirmation";

        private Vars() {
        }
    }

    private TitleWithdrawalProcess() {
    }
}
