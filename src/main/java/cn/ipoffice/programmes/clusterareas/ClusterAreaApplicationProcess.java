package cn.ipoffice.programmes.clusterareas;

import cn.ipoffice.programmes.casework.CaseVariable;
import cn.ipoffice.programmes.clusterareas.rules.IpKind;
import cn.ipoffice.programmes.register.HolderKind;
import java.time.LocalDate;
import java.util.Map;

/** The {@code cluster-area-application} process (CA-5, CA-6, CA-7, CA-8). */
public final class ClusterAreaApplicationProcess {

    public static final String KEY = "cluster-area-application";
    public static final String RESOURCE = "cluster-area-application.bpmn";

    public static final String START = "Start_ClusterApplicationFiled";
    public static final String TASK_CHECK_ELIGIBILITY = "Task_CheckClusterEligibility";
    public static final String TASK_CONFIRM_INELIGIBILITY = "Task_ConfirmClusterIneligibility";
    public static final String END_INELIGIBLE = "End_ClusterIneligible";
    public static final String TASK_VERIFY = "Task_VerifyAndRecommend";
    public static final String TASK_REVISE = "Task_ReviseClusterApplication";
    public static final String END_NOT_RECOMMENDED = "End_ClusterNotRecommended";
    public static final String TASK_FILE = "Task_FileClusterMaterials";
    public static final String TASK_CHECK_MATERIALS = "Task_CheckClusterMaterials";
    /** Enters the forwarded application in SIPO's yearly call for cluster areas (CA-8, I-14). */
    public static final String TASK_ENTER_CALL = "Task_EnterClusterCall";
    /** Waits for SIPO's yearly call to publish its list (CA-8, I-14); the call says approve (ratify) or reject. */
    public static final String EVENT_AWAIT_CALL = "Event_AwaitClusterCall";
    /** The message it waits for: {@code CallProgramme.CLUSTER_AREA.listPublishedMessage()}. */
    public static final String MESSAGE_LIST_PUBLISHED = "cluster-area-call-list-published";
    public static final String GATEWAY_DECISION = "Gateway_ExaminationDecision";
    public static final String END_REJECTED = "End_ClusterRejected";
    public static final String TASK_RECORD_CONSTRUCTION = "Task_RecordConstruction";
    public static final String TASK_START_CONSTRUCTION = "Task_StartConstruction";
    public static final String END_RATIFIED = "End_ClusterRatified";

    /** The start form (CA-5, CA-6, CA-7); the revision form changes what the area attests. */
    public static final class Apply {
        public static final CaseVariable<String> AREA_ID = CaseVariable.text("areaId");
        public static final CaseVariable<String> AREA_NAME = CaseVariable.text("areaName");
        public static final CaseVariable<HolderKind> ZONE_KIND = CaseVariable.choice("zoneKind", HolderKind.class);
        public static final CaseVariable<Boolean> GOVERNMENT_COMMITMENT = CaseVariable.flag("governmentCommitment");
        public static final CaseVariable<Boolean> INDUSTRIAL_ADVANTAGES = CaseVariable.flag("industrialAdvantages");
        public static final CaseVariable<Integer> AGENCY_COUNT = CaseVariable.integer("agencyCount");
        public static final CaseVariable<Boolean> SERVES_PATENT = CaseVariable.flag("servesPatent");
        public static final CaseVariable<Boolean> SERVES_TRADEMARK = CaseVariable.flag("servesTrademark");
        public static final CaseVariable<Boolean> SERVES_COPYRIGHT = CaseVariable.flag("servesCopyright");
        public static final CaseVariable<Boolean> SERVES_GEOGRAPHICAL_INDICATION =
                CaseVariable.flag("servesGeographicalIndication");
        public static final CaseVariable<Boolean> SERVES_NEW_PLANT_VARIETY = CaseVariable.flag("servesNewPlantVariety");
        /** The box ticked on the form for each kind of IP the agencies serve (CA-6(3)). */
        public static final Map<IpKind, CaseVariable<Boolean>> SERVES = Map.of(
                IpKind.PATENT, SERVES_PATENT,
                IpKind.TRADEMARK, SERVES_TRADEMARK,
                IpKind.COPYRIGHT, SERVES_COPYRIGHT,
                IpKind.GEOGRAPHICAL_INDICATION, SERVES_GEOGRAPHICAL_INDICATION,
                IpKind.NEW_PLANT_VARIETY, SERVES_NEW_PLANT_VARIETY);
        public static final CaseVariable<String> INITIAL_WORK_PLAN_REFERENCE = CaseVariable.text("initialWorkPlanReference");

        private Apply() {
        }
    }

    /** Decisions the process and its reviewers record. */
    public static final class Decide {
        public static final CaseVariable<Boolean> ELIGIBLE = CaseVariable.flag("eligible");
        public static final CaseVariable<String> ELIGIBILITY_FINDINGS = CaseVariable.text("eligibilityFindings");
        /** {@code RECOMMEND}, {@code RETURN} or {@code NOT_RECOMMEND}, tested by the diagram's gateway. */
        public static final CaseVariable<String> VERIFICATION_OUTCOME = CaseVariable.text("verificationOutcome");
        public static final CaseVariable<Boolean> MATERIALS_COMPLETE = CaseVariable.flag("materialsComplete");
        public static final CaseVariable<String> MISSING_MATERIALS = CaseVariable.text("missingMaterials");
        /** Which yearly call takes the forwarded application, or that it waits for the next one (I-14). */
        public static final CaseVariable<String> CALL_STATUS = CaseVariable.text("callStatus");
        /** SIPO's decision in its yearly call's list: {@code APPROVE} (ratified) or {@code REJECT}, tested by the gateway. */
        public static final CaseVariable<String> CENTRAL_DECISION = CaseVariable.text("centralDecision");
        /** The ratification date: the date of the call's list, from which the construction runs (CA-9). */
        public static final CaseVariable<LocalDate> RATIFICATION_DATE = CaseVariable.day("replyNoticeDate");
        public static final CaseVariable<String> REJECTION_REASON = CaseVariable.text("rejectionReason");

        private Decide() {
        }
    }

    /** The four CA-7 materials on the filing form. */
    public static final class Materials {
        public static final CaseVariable<Boolean> RECOMMENDATION_LETTER = CaseVariable.flag("recommendationLetter");
        public static final CaseVariable<Boolean> APPLICATION_FORM = CaseVariable.flag("applicationForm");
        public static final CaseVariable<Boolean> INITIAL_WORK_PLAN = CaseVariable.flag("initialWorkPlanFiled");
        public static final CaseVariable<Boolean> COMMITMENT_LETTER = CaseVariable.flag("commitmentLetter");

        private Materials() {
        }
    }

    private ClusterAreaApplicationProcess() {
    }
}
