package cn.ipoffice.programmes.simulator;

import static java.util.Map.entry;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.calls.YearlyCallProcess;
import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess;
import cn.ipoffice.programmes.clusterareas.DemonstrativeAreaTermProcess;
import cn.ipoffice.programmes.clusterareas.ExperimentalAreaConstructionProcess;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess;
import cn.ipoffice.programmes.modelcities.ModelCityExaminationProcess;
import cn.ipoffice.programmes.modelcities.ModelCityTermProcess;
import cn.ipoffice.programmes.modelcities.ModelExaminationRoundProcess;
import cn.ipoffice.programmes.overdue.OverduePattern;
import cn.ipoffice.programmes.pilotcities.DemonstrationFosteringProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.pilotcities.ProvincialAssessmentRoundProcess;
import cn.ipoffice.programmes.register.CallProgramme;
import cn.ipoffice.programmes.register.EscalationStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words a scenario uses for what happens to a case, each mapped onto the real diagrams' start forms
 * and user tasks: {@code plan recorded on: 2025-05-15} completes {@code Task_RecordWorkPlan} with
 * {@code planIssuedOn = 2025-05-15}. Every other form field may be given by its key; the defaults fill
 * the paperwork (references, remarks) a what-if question does not care about. docs/simulator.md lists them.
 */
public final class EventVocabulary {

    /** The step that records SIPO's yearly figures of a city through the register, not through a task. */
    public static final String FIGURES = "figures recorded on";
    /** SIPO's decisions on an application, which the step runner takes through SIPO's yearly call (PM-7, I-14). */
    public static final String APPROVED = "approved on";
    public static final String REJECTED = "rejected on";
    /** SIPO selects a model city, ratifies a cluster area, in its yearly call of the programme (PM-20, CA-8, I-14). */
    public static final String SELECTED = "selected on";
    public static final String RATIFIED = "ratified on";
    /** SIPO opens its yearly call (PM-7, PM-20, CA-8, I-14). */
    public static final String CALL_OPENED = "call opened on";

    /**
     * The application a call decision acts on: the programme's call, the process of the application and the event at
     * which it waits for the call's list.
     */
    record CallWait(CallProgramme programme, String processKey, String activityId) {
    }

    private static final Map<String, CallWait> CALL_DECISIONS = Map.of(
            APPROVED, new CallWait(CallProgramme.PILOT_CITY, PilotCityApplicationProcess.KEY,
                    PilotCityApplicationProcess.EVENT_AWAIT_CALL),
            REJECTED, new CallWait(CallProgramme.PILOT_CITY, PilotCityApplicationProcess.KEY,
                    PilotCityApplicationProcess.EVENT_AWAIT_CALL),
            SELECTED, new CallWait(CallProgramme.MODEL_CITY, ModelCityApplicationProcess.KEY,
                    ModelCityApplicationProcess.EVENT_AWAIT_CALL),
            RATIFIED, new CallWait(CallProgramme.CLUSTER_AREA, ClusterAreaApplicationProcess.KEY,
                    ClusterAreaApplicationProcess.EVENT_AWAIT_CALL));

    /** The province opens its yearly assessment round (PM-9, I-13). */
    public static final String ASSESSMENT_ROUND_OPENED = "assessment round opened on";
    /** The province's grade and score of the step's holder in its open assessment round (PM-9). */
    public static final String ROUND_ASSESSED = "round assessed on";
    /** The province confirms the computed ranking of its open assessment round (PM-9, I-13). */
    public static final String RANKING_CONFIRMED = "ranking confirmed on";

    /**
     * Processes a step opens for the whole country or for a province, not for its holder: their cases carry no
     * holder's business key (a province's assessment round sets its own, the province and the year).
     */
    static final java.util.Set<String> NATIONAL_ROUNDS = java.util.Set.of(YearlyCallProcess.KEY,
            ModelExaminationRoundProcess.KEY, ProvincialAssessmentRoundProcess.KEY);

    private static final String DATE = "{date}";
    private static final String A_MONTH_LATER = "{a month later}";
    private static final String SIMULATED = "(entered by the scenario simulator)";

    private static final Map<String, EventType> EVENTS = new LinkedHashMap<>();

    static {
        pilotCityApplication();
        pilotCityRound();
        annualReports();
        modelCities();
        clusterAreas();
        escalations();
        registerFacts();
    }

    private EventVocabulary() {
    }

    public static Optional<EventType> find(String key) {
        return Optional.ofNullable(EVENTS.get(key));
    }

    /** Whether some event takes this word as another name for one of its form fields ("issued on"). */
    static boolean isAlias(String word) {
        return EVENTS.values().stream().anyMatch(event -> event.aliases().containsKey(word));
    }

    /** Whether the step acts on a task of the province's assessment round, whose case is not the holder's. */
    static boolean isProvincialRoundTask(String key) {
        return key.equals(ROUND_ASSESSED) || key.equals(RANKING_CONFIRMED);
    }

    /** Whether the step is SIPO's decision on an application in its yearly call. */
    static boolean isCallDecision(String key) {
        return CALL_DECISIONS.containsKey(key);
    }

    /** The call and the waiting application of a call decision ({@link #isCallDecision}). */
    static CallWait callWait(String key) {
        return CALL_DECISIONS.get(key);
    }

    public static List<EventType> all() {
        return List.copyOf(EVENTS.values());
    }

    private static void pilotCityApplication() {
        String app = PilotCityApplicationProcess.KEY;
        start("application filed on", "a city files its pilot-city application (PM-3, PM-5, PM-6); PM-5(v) reads "
                + "SIPO's figures of the year before, recorded first with 'figures recorded on'", app, Map.ofEntries(
                entry("cityCode", "{holder.id}"), entry("cityName", "{holder.name}"), entry("cityKind", "{holder.kind}"),
                entry("leadersGivePriority", true), entry("administrationIntermediateOrAbove", true),
                entry("patentQualityResults", true), entry("ipOperationResults", true),
                entry("featuredThemes", SIMULATED), entry("workPlanReference", SIMULATED)),
                Map.of("kind", "cityKind"));
        task("investigated on", "the province investigates and recommends (PM-6)", PilotCityApplicationProcess.TASK_INVESTIGATE,
                Map.of("investigationOutcome", "RECOMMEND", "investigationRemarks", SIMULATED), Map.of("outcome", "investigationOutcome"));
        task("deliberated on", "the experts deliberate on the plan (PM-6)", PilotCityApplicationProcess.TASK_DELIBERATE,
                Map.of("deliberationOutcome", "PLAN_APPROVED", "deliberationRemarks", SIMULATED),
                Map.of("outcome", "deliberationOutcome"));
        task("plan revised on", "the city revises its plan (PM-6)", PilotCityApplicationProcess.TASK_REVISE_PLAN,
                Map.of("featuredThemes", SIMULATED, "workPlanReference", SIMULATED), Map.of());
        task("filed on", "the province files the application with SIPO (PM-6)", PilotCityApplicationProcess.TASK_FILE,
                Map.of("recommendationLetter", true, "applicationLetter", true, "workPlanFiled", true,
                        "basicStatusTable", true, "certificationMaterials", true, "filedOn", DATE), Map.of());
        Map<String, Object> filedWithSipo = Map.ofEntries(
                entry("cityCode", "{holder.id}"), entry("cityName", "{holder.name}"),
                entry("cityKind", "{holder.kind}"), entry("holderId", "{holder.id}"),
                entry("holderName", "{holder.name}"), entry("supervisorGroup", "{holder.province}"),
                entry("featuredThemes", SIMULATED), entry("workPlanReference", SIMULATED), entry("eligible", true),
                entry("eligibilityFindings", "Not simulated: the scenario begins at SIPO's decision"));
        EVENTS.put(APPROVED, new EventType(APPROVED,
                "SIPO approves the application in its yearly call (PM-7, I-14): the call closes that day at 24:00 CST "
                        + "(the simulator opens it as SIPO if no call is open), SIPO decides its batch and approves the list "
                        + "the next day with that day as the reply notice date, which starts the pilot term. Without an "
                        + "application in the scenario, the case opens filed with SIPO",
                null, List.of(YearlyCallProcess.TASK_DECIDE), Map.of("centralDecision", YearlyCallProcess.APPROVE),
                Map.of(), new EventType.StartBefore(app, PilotCityApplicationProcess.TASK_ENTER_CALL, filedWithSipo)));
        EVENTS.put(REJECTED, new EventType(REJECTED,
                "SIPO rejects the application in its yearly call, with a reason (PM-7, I-14); the call closes that day at "
                        + "24:00 CST, as for an approval",
                null, List.of(YearlyCallProcess.TASK_DECIDE), Map.of("centralDecision", YearlyCallProcess.REJECT,
                        "rejectionReason", SIMULATED), Map.of("reason", "rejectionReason"),
                new EventType.StartBefore(app, PilotCityApplicationProcess.TASK_ENTER_CALL, filedWithSipo)));
        start(CALL_OPENED, "SIPO opens its yearly call (PM-7, PM-20, CA-8, I-14): programme: PILOT_CITY (unless given), "
                + "MODEL_CITY or CLUSTER_AREA, closing: the closing date, year: the call's year (the step's year unless "
                + "given), quota: at most so many approvals per province",
                YearlyCallProcess.KEY, Map.of("programme", "PILOT_CITY", "callYear", "{year}"),
                Map.of("closing", "closingDate", "year", "callYear", "quota", "quotaPerProvince"));
        task("ineligibility confirmed on", "the province informs an ineligible city (PM-3, PM-5)",
                PilotCityApplicationProcess.TASK_CONFIRM_INELIGIBILITY, Map.of("ineligibilityNotice", SIMULATED), Map.of());
    }

    private static void pilotCityRound() {
        task("plan recorded on", "the city's work plan and coordinating mechanism are filed (PM-8)",
                PilotCityRoundProcess.TASK_RECORD_WORK_PLAN,
                Map.of("planIssuedOn", DATE, "planReference", SIMULATED, "mechanismEstablished", true),
                Map.of("issued on", "planIssuedOn"));
        EVENTS.put(ASSESSMENT_ROUND_OPENED, new EventType(ASSESSMENT_ROUND_OPENED,
                "the province opens its yearly assessment round of all its pilot and fostering cities of a year whose "
                        + "reports were due (PM-9); province: the first two digits of its division code (the step's "
                        + "holder's province unless given), year: the year assessed (the year before the step's unless "
                        + "given)", ProvincialAssessmentRoundProcess.KEY, List.of(),
                Map.of("holderId", "{holder.province code}", "assessedYear", "{last year}"),
                Map.of("province", "holderId", "year", "assessedYear"), null));
        EVENTS.put(ROUND_ASSESSED, new EventType(ROUND_ASSESSED,
                "the province grades and scores the step's holder in its open assessment round (PM-9); the rank is "
                        + "not entered, it is computed from the scores within the city's category (I-13)", null,
                List.of(ProvincialAssessmentRoundProcess.TASK_ASSESS_CITY), Map.of("assessmentGrade", "AVERAGE"),
                Map.of("grade", "assessmentGrade", "score", "assessmentScore"), null));
        EVENTS.put(RANKING_CONFIRMED, new EventType(RANKING_CONFIRMED,
                "the province confirms the computed ranking of its open assessment round (the step's holder's "
                        + "province), which the register records per city and year (PM-9, I-13); decision: CONFIRMED or "
                        + "CORRECT_SCORES (the round asks the scores again)", null,
                List.of(ProvincialAssessmentRoundProcess.TASK_CONFIRM_RANKING), Map.of("rankingDecision", "CONFIRMED"),
                Map.of("decision", "rankingDecision"), null));
        task("acceptance held on", "the province holds the acceptance at the term's end (PM-13); score decides (PM-14)",
                PilotCityRoundProcess.TASK_HOLD_ACCEPTANCE, Map.of("acceptanceEndedOn", DATE, "acceptanceSummary", SIMULATED),
                Map.of("score", "acceptanceScore"));
        task("materials handed over on", "the province sends the acceptance materials to SIPO (PM-13)",
                PilotCityRoundProcess.TASK_HAND_OVER, Map.of("handedOverOn", DATE, "materialsReference", SIMULATED), Map.of());
        EVENTS.put("next stage plan issued on", new EventType("next stage plan issued on",
                "a new-round (PM-16) or fostering (PM-15) plan is recorded, in the window after expiry or in a fresh one "
                        + "SIPO gave (I-9); next stage: NEW_ROUND or FOSTERING", null,
                List.of(PilotCityRoundProcess.TASK_RECORD_NEXT_STAGE, PilotCityRoundProcess.TASK_RECORD_PLAN_IN_FRESH_WINDOW),
                Map.of("nextStagePlanIssuedOn", DATE, "nextStageThemes", SIMULATED, "nextStagePlanReference", SIMULATED),
                Map.of("next stage", "nextStage"), null));
        task("plan window decided on", "SIPO decides on a plan window that closed after a late provincial step (I-9): "
                        + "decision FRESH_WINDOW (6 months from the decision) or WITHDRAW (PM-17, ban from the decision)",
                PilotCityRoundProcess.TASK_DECIDE_PLAN_WINDOW,
                Map.of("planWindowDecidedOn", DATE, "planWindowDecision", "FRESH_WINDOW", "planWindowRemarks", SIMULATED),
                Map.of("decision", "planWindowDecision"));
        task("fostering plan issued on", "a new fostering cycle's plan is recorded (PM-15, I-3)",
                DemonstrationFosteringProcess.TASK_RECORD_FOSTERING_PLAN,
                Map.of("fosteringPlanIssuedOn", DATE, "fosteringPlanReference", SIMULATED), Map.of());
    }

    private static void annualReports() {
        task("report submitted on", "the annual report of the earliest open year is submitted (PM-12, PM-26, CA-15)",
                AnnualReportProcess.TASK_SUBMIT, Map.of("workSummary", SIMULATED, "currentYearPlan", SIMULATED), Map.of());
        task("report reviewed on", "the supervising office reviews the earliest submitted report (PM-12)",
                AnnualReportProcess.TASK_REVIEW, Map.of("reportAccepted", true, "reviewRemarks", SIMULATED),
                Map.of("accepted", "reportAccepted"));
    }

    private static void modelCities() {
        start("model application filed on", "a city in fostering applies as a model city (PM-18, PM-19)",
                ModelCityApplicationProcess.KEY, Map.of("cityCode", "{holder.id}", "ipInGovernmentAssessment", true,
                        "amongBestNationally", true, "qualityOrientedFunding", true, "noMajorInfringement", true),
                Map.of());
        task("scored on", "the province scores its candidate by the indicator system of Appendix 2 (PM-19(ii), "
                        + "PM-18(ix))", ModelCityApplicationProcess.TASK_SCORE_CANDIDATE, Map.of(),
                Map.of("objective strength", "objectiveStrength", "weighted total", "weightedTotal"));
        task("recommended on", "the province recommends its candidate, from the top of its ranking (PM-19(ii))",
                ModelCityApplicationProcess.TASK_RECOMMEND,
                Map.of("recommendation", "RECOMMEND", "recommendationRemarks", SIMULATED), Map.of());
        EVENTS.put(SELECTED, new EventType(SELECTED, "SIPO selects the recommended model city in its yearly call (PM-20, "
                + "I-14): the call for model cities closes that day at 24:00 CST (the simulator opens it as SIPO if none is "
                + "open), SIPO decides its batch and approves the list the next day with that day as the reply notice "
                + "date, which starts the model term", null, List.of(YearlyCallProcess.TASK_DECIDE),
                Map.of("centralDecision", YearlyCallProcess.APPROVE), Map.of(), null));
        task("model plan recorded on", "the model city's mechanism and work plan are recorded (PM-21)",
                ModelCityTermProcess.TASK_RECORD_WORK_PLAN,
                Map.of("modelPlanIssuedOn", DATE, "modelPlanReference", SIMULATED, "mechanismEstablished", true), Map.of());
        EVENTS.put("examination round opened on", new EventType("examination round opened on",
                "SIPO opens the yearly examination round of the model cities for a year that has ended (PM-23); year: "
                        + "defaults to the year before the step's", ModelExaminationRoundProcess.KEY, List.of(),
                Map.of("examinationYear", "{last year}"), Map.of("year", "examinationYear"), null));
        task("examined on", "SIPO's examination of the city in the year's round: grade, patent strength, targets met "
                + "(PM-23, I-8)", ModelCityExaminationProcess.TASK_EXAMINE,
                Map.of("examinationGrade", "AVERAGE", "patentStrengthIndex", 80, "targetsMetPercent", 100),
                Map.of("grade", "examinationGrade", "patent strength", "patentStrengthIndex",
                        "targets met", "targetsMetPercent"));
        task("reexamination applied on", "the city applies for reexamination at the term's end, through its "
                + "provincial office (PM-27)", ModelCityTermProcess.TASK_APPLY_REEXAMINATION,
                Map.of("reexaminationAppliedOn", DATE, "ipInGovernmentAssessment", true, "amongBestNationally", true,
                        "qualityOrientedFunding", true, "noMajorInfringement", true), Map.of());
        task("scored for reexamination on", "the provincial office scores the applicant by the indicator system of "
                + "Appendix 2 (PM-19(ii), PM-28)", ModelCityTermProcess.TASK_SCORE_FOR_REEXAMINATION,
                Map.of("objectiveStrength", 72.5, "weightedTotal", 85),
                Map.of("objective strength", "objectiveStrength", "weighted total", "weightedTotal"));
        task("reexamined on", "SIPO's reexamination: PASS or FAIL (PM-28, PM-29)", ModelCityTermProcess.TASK_REEXAMINE,
                Map.of("reexaminedOn", DATE, "reexaminationRemarks", SIMULATED), Map.of("decision", "reexaminationDecision"));
    }

    private static void clusterAreas() {
        start("area application filed on", "a zone's government applies as a cluster area (CA-5, CA-6, CA-7)",
                ClusterAreaApplicationProcess.KEY, Map.ofEntries(entry("areaId", "{holder.id}"),
                        entry("areaName", "{holder.name}"), entry("zoneKind", "{holder.kind}"),
                        entry("governmentCommitment", true), entry("industrialAdvantages", true), entry("agencyCount", 31),
                        entry("servesPatent", true), entry("servesTrademark", true), entry("servesCopyright", true),
                        entry("servesGeographicalIndication", true), entry("servesNewPlantVariety", true),
                        entry("initialWorkPlanReference", SIMULATED)),
                Map.of("agencies", "agencyCount"));
        task("verified on", "the provincial department verifies and recommends (CA-7)", ClusterAreaApplicationProcess.TASK_VERIFY,
                Map.of("verificationOutcome", "RECOMMEND", "verificationRemarks", SIMULATED), Map.of("outcome", "verificationOutcome"));
        task("forwarded on", "the four materials are forwarded to SIPO (CA-7)", ClusterAreaApplicationProcess.TASK_FILE,
                Map.of("recommendationLetter", true, "applicationForm", true, "initialWorkPlanFiled", true,
                        "commitmentLetter", true, "forwardedOn", DATE), Map.of());
        EVENTS.put(RATIFIED, new EventType(RATIFIED, "SIPO ratifies the forwarded area in its yearly call (CA-8, I-14): the "
                + "call for cluster areas closes that day at 24:00 CST (opened as SIPO if none is open), SIPO decides its "
                + "batch and approves the list the next day with that day as its date; the 3-year construction starts on "
                + "it (CA-9)", null, List.of(YearlyCallProcess.TASK_DECIDE),
                Map.of("centralDecision", YearlyCallProcess.APPROVE), Map.of(), null));
        task("construction plan submitted on", "the Construction Plan is submitted (CA-10)",
                ExperimentalAreaConstructionProcess.TASK_SUBMIT_PLAN,
                Map.of("constructionPlanSubmittedOn", DATE, "constructionPlanReference", SIMULATED), Map.of());
        task("checked on", "SIPO's check and acceptance: EXCELLENT, QUALIFIED or UNQUALIFIED (CA-16, CA-17)",
                ExperimentalAreaConstructionProcess.TASK_CHECK, Map.of("checkedOn", DATE, "checkRemarks", SIMULATED),
                Map.of("result", "checkResult", "rectify by", "rectificationDeadline"));
        task("reviewed on", "SIPO's review of a demonstrative area: QUALIFIED or UNQUALIFIED (CA-18)",
                DemonstrativeAreaTermProcess.TASK_REVIEW, Map.of("reviewedOn", DATE, "reviewRemarks", SIMULATED),
                Map.of("result", "reviewResult", "rectify by", "rectificationDeadline"));
        EVENTS.put("rectified on", new EventType("rectified on", "the area reports its rectification (CA-17, CA-18)", null,
                List.of(ExperimentalAreaConstructionProcess.TASK_RECTIFY, DemonstrativeAreaTermProcess.TASK_RECTIFY),
                Map.of("rectifiedOn", DATE, "rectificationReport", SIMULATED, "rectified", true), Map.of(), null));
    }

    private static void escalations() {
        EVENTS.put("escalation handled on", new EventType("escalation handled on",
                "the supervising office records its action on the earliest open overdue escalation (action: REMINDER_SENT,"
                        + " TALK_HELD, REFERRED) and the day to follow up on (follow up on: a month after the step unless"
                        + " given), when the escalation comes again unless the obligation is met",
                null, List.of(PilotCityRoundProcess.TASK_ESCALATE_WORK_PLAN, PilotCityRoundProcess.TASK_ESCALATE_ACCEPTANCE,
                        PilotCityRoundProcess.TASK_ESCALATE_HAND_OVER, AnnualReportProcess.TASK_ESCALATE,
                        ModelCityTermProcess.TASK_ESCALATE_WORK_PLAN, ExperimentalAreaConstructionProcess.TASK_ESCALATE_PLAN,
                        ExperimentalAreaConstructionProcess.TASK_ESCALATE_RECTIFICATION,
                        DemonstrativeAreaTermProcess.TASK_ESCALATE_RECTIFICATION),
                Map.of(OverduePattern.ESCALATION_ACTION.name(), EscalationStep.REMINDER_SENT.name(),
                        OverduePattern.ESCALATION_FOLLOW_UP_ON.name(), A_MONTH_LATER),
                Map.of("action", OverduePattern.ESCALATION_ACTION.name(), "follow up on",
                        OverduePattern.ESCALATION_FOLLOW_UP_ON.name()), null));
    }

    private static void registerFacts() {
        EVENTS.put(FIGURES, new EventType(FIGURES, "SIPO records a city's figures of a year in the register, as "
                + "PUT /api/register/figures/{year} does (PM-5(v), PM-18(iv), PM-18(vi))", null, List.of(FIGURES),
                Map.of(), Map.of("enforcement score", "enforcementScore", "pledge financing", "pledgeFinancing"), null));
    }

    private static void start(String key, String description, String processKey, Map<String, Object> defaults,
            Map<String, String> aliases) {
        EVENTS.put(key, new EventType(key, description, processKey, List.of(), defaults, aliases, null));
    }

    private static void task(String key, String description, String taskKey, Map<String, Object> defaults,
            Map<String, String> aliases) {
        EVENTS.put(key, new EventType(key, description, null, List.of(taskKey), defaults, aliases, null));
    }
}
