package cn.ipoffice.programmes.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.calls.YearlyCallProcess;
import cn.ipoffice.programmes.clusterareas.DemonstrativeAreaTermProcess;
import cn.ipoffice.programmes.clusterareas.ExperimentalAreaConstructionProcess;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.demo.DemoPlan.DemoHolder;
import cn.ipoffice.programmes.engine.EngineClockAdapter;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess;
import cn.ipoffice.programmes.modelcities.ModelCityTermProcess;
import cn.ipoffice.programmes.modelcities.TitleWithdrawalProcess;
import cn.ipoffice.programmes.overdue.OverduePattern;
import cn.ipoffice.programmes.pilotcities.DemonstrationFosteringProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.pilotcities.ProvincialAssessmentRoundProcess;
import cn.ipoffice.programmes.register.AnnualAssessment;
import cn.ipoffice.programmes.register.Ban;
import cn.ipoffice.programmes.register.CallProgramme;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Grade;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.Programme;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.YearLists;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.security.Offices;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.tasklist.TasklistFilters;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo profile: offices and users with the README's passwords, the demo's cities and areas in the
 * register, and their cases at every stage once the timers that fell due in the past have fired (the
 * test profile has no job executor; {@link #theJobExecutorCatchesUp()} runs the due jobs instead).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class DemoDataTest {

    @Autowired
    IdentityService identity;
    @Autowired
    FilterService filters;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    Register register;
    @Autowired
    DemoData demoData;
    @Autowired
    YearLists yearLists;

    /** What the demo had left to the job executor, seen once before it ran. */
    private static Long dueJobsLeftByTheDemo;
    private static Long casesOverdueBeforeTheJobs;

    private final LocalDate today = DemoData.today(new EngineClockAdapter(DeadlineCalendar.CHINA));
    private final int lastReportYear = DemoPlan.lastReportYear(today);

    @BeforeEach
    void theJobExecutorCatchesUp() {
        if (dueJobsLeftByTheDemo == null) {
            dueJobsLeftByTheDemo = management.createJobQuery().executable().count();
            casesOverdueBeforeTheJobs = runtime.createProcessInstanceQuery()
                    .variableValueEquals(OverduePattern.OVERDUE.name(), true).count();
        }
        for (int pass = 0; pass < 20; pass++) {
            int ran = 0;
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().list()) {
                ran += EngineClock.runDueJobs(management, instance.getId());
            }
            if (ran == 0) {
                return;
            }
        }
        throw new IllegalStateException("Jobs keep coming due");
    }

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    private List<Task> filtered(String userId, String filterName) {
        identity.clearAuthentication();
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identity.setAuthentication(userId, groups);
        Filter filter = filters.createFilterQuery().filterName(filterName).singleResult();
        return filters.listPage(filter.getId(), 0, 500);
    }

    private String businessKey(Task task) {
        return runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
                .getBusinessKey();
    }

    private ProcessInstance running(String processKey, String businessKey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).singleResult();
    }

    private boolean overdue(ProcessInstance instance) {
        return Boolean.TRUE.equals(runtime.getVariable(instance.getId(), OverduePattern.OVERDUE.name()));
    }

    private List<DemoHolder> plan() {
        return DemoHolders.plan(today);
    }

    @Test
    void theGroupsOfTheSpecAndTheDemoUsersExist() {
        assertThat(identity.createGroupQuery().groupId("sipo").count()).isOne();
        assertThat(identity.createGroupQuery().groupIdIn("province-32", "province-33", "province-11", "province-65").count())
                .isEqualTo(4);
        assertThat(identity.checkPassword("demo", "demo")).isTrue();
        for (String user : List.of("sipo", "jiangsu", "zhejiang", "shandong", "suzhou", "nanjing", "hangzhou", "ningbo",
                "qingdao", "sip", "wuxi", "wxhtz", "modeler")) {
            assertThat(identity.checkPassword(user, user)).as(user).isTrue();
        }
        assertThat(identity.createGroupQuery().groupMember("jiangsu").singleResult().getId()).isEqualTo("province-32");
        assertThat(identity.createGroupQuery().groupMember("suzhou").singleResult().getId()).isEqualTo("gov-320500");
        assertThat(identity.createGroupQuery().groupMember("wuxi").singleResult().getId()).isEqualTo("gov-320200");
        assertThat(identity.createGroupQuery().groupMember("wxhtz").singleResult().getId()).isEqualTo("gov-320200-wxhtz");
    }

    @Test
    void everyGovernmentUserBelongsToItsHoldersGovGroupOnly_withItsIdAsPassword() {
        for (DemoHolder holder : plan()) {
            assertThat(identity.checkPassword(holder.user(), holder.user())).as(holder.user()).isTrue();
            assertThat(identity.createGroupQuery().groupMember(holder.user()).list()).as(holder.user())
                    .extracting(Group::getId).containsExactly(Offices.governmentGroup(holder.id()));
        }
    }

    @Test
    void everyProvinceWithDemoCitiesHasAnOfficeUser() {
        plan().stream().map(DemoHolder::province).distinct().forEach(code -> assertThat(identity.createUserQuery()
                .memberOfGroup(Offices.PROVINCE_PREFIX + code).count()).as("province-" + code).isOne());
        assertThat(identity.checkPassword("guangdong", "guangdong")).isTrue();
    }

    @Test
    void theRegisterHoldsAbout20CitiesAnd3Areas_wuxiAndItsHiTechDistrictHoldNothing() {
        List<Holder> holders = register.allHolders();
        assertThat(holders.stream().filter(h -> h.getKind().programme() == Programme.PM)).hasSizeBetween(15, 22)
                .allMatch(h -> h.getId().matches("\\d{6}"));
        assertThat(holders.stream().filter(h -> h.getKind().programme() == Programme.CA)).extracting(Holder::getId)
                .containsExactlyInAnyOrder("320500-sip", "420100-donghu", "440100-huangpu");
        assertThat(holders).extracting(Holder::getId).doesNotContain(DemoData.APPLICANT_CITY, DemoData.APPLICANT_AREA);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(DemoData.APPLICANT_CITY).count()
                + runtime.createProcessInstanceQuery().processInstanceBusinessKey(DemoData.APPLICANT_AREA).count()).isZero();
    }

    /** Where each demo case waits once the past-due timers have fired. */
    static Stream<List<String>> stages() {
        return Stream.of(
                List.of("320400", PilotCityApplicationProcess.KEY, PilotCityApplicationProcess.TASK_INVESTIGATE),
                List.of("440600", PilotCityApplicationProcess.KEY, PilotCityApplicationProcess.TASK_DELIBERATE),
                List.of("330400", PilotCityApplicationProcess.KEY, PilotCityApplicationProcess.EVENT_AWAIT_CALL),
                List.of("320600", PilotCityRoundProcess.KEY, PilotCityRoundProcess.TASK_RECORD_WORK_PLAN),
                List.of("330300", PilotCityRoundProcess.KEY, PilotCityRoundProcess.TASK_ESCALATE_WORK_PLAN),
                List.of("370100", PilotCityRoundProcess.KEY, PilotCityRoundProcess.TIMER_TERM_EXPIRES),
                List.of("320100", PilotCityRoundProcess.KEY, PilotCityRoundProcess.TIMER_TERM_EXPIRES),
                List.of("320100", AnnualReportProcess.KEY, AnnualReportProcess.TASK_ESCALATE),
                List.of("330100", AnnualReportProcess.KEY, AnnualReportProcess.TASK_REVIEW),
                List.of("420100", PilotCityRoundProcess.KEY, PilotCityRoundProcess.TIMER_TERM_EXPIRES),
                List.of("320700", TitleWithdrawalProcess.KEY, TitleWithdrawalProcess.TASK_CONFIRM),
                List.of("330200", PilotCityRoundProcess.KEY, PilotCityRoundProcess.TASK_HOLD_ACCEPTANCE),
                List.of("370700", PilotCityRoundProcess.KEY, PilotCityRoundProcess.TASK_RECORD_NEXT_STAGE),
                List.of("370200", DemonstrationFosteringProcess.KEY, DemonstrationFosteringProcess.TIMER_CYCLE_EXPIRES),
                List.of("350200", DemonstrationFosteringProcess.KEY, DemonstrationFosteringProcess.TIMER_CYCLE_EXPIRES),
                List.of("320500", ModelCityTermProcess.KEY, ModelCityTermProcess.TASK_RECORD_WORK_PLAN),
                List.of("440300", ModelCityTermProcess.KEY, ModelCityTermProcess.TIMER_TERM_EXPIRES),
                List.of("510100", ModelCityTermProcess.KEY, ModelCityTermProcess.TASK_APPLY_REEXAMINATION),
                List.of("320500-sip", ExperimentalAreaConstructionProcess.KEY, ExperimentalAreaConstructionProcess.TASK_ESCALATE_PLAN),
                List.of("420100-donghu", ExperimentalAreaConstructionProcess.KEY, ExperimentalAreaConstructionProcess.TASK_CHECK),
                List.of("440100-huangpu", DemonstrativeAreaTermProcess.KEY, DemonstrativeAreaTermProcess.TIMER_TERM_ENDS));
    }

    @Test
    void pm7_pm20_ca8_i14_theYearsCallsOfTheThreeProgrammesAreOpen_andTheApplicationFiledWithSipoWaitsForItsCall() {
        for (CallProgramme programme : CallProgramme.values()) {
            ProcessInstance call = runtime.createProcessInstanceQuery().processDefinitionKey(YearlyCallProcess.KEY)
                    .variableValueEquals(YearlyCallProcess.Open.PROGRAMME.name(), programme.name()).singleResult();
            assertThat(runtime.getActiveActivityIds(call.getId())).as(programme.name())
                    .contains(YearlyCallProcess.TIMER_CLOSES);
        }
        ProcessInstance jiaxing = running(PilotCityApplicationProcess.KEY, "330400");
        assertThat((String) runtime.getVariable(jiaxing.getId(), PilotCityApplicationProcess.Decide.CALL_STATUS.name()))
                .contains("within SIPO's " + today.getYear()
                        + " call for pilot cities");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stages")
    void eachStageHasItsRunningCase_waitingWhereTheDemoSays(List<String> stage) {
        List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processDefinitionKey(stage.get(1))
                .processInstanceBusinessKey(stage.get(0)).active().list();
        assertThat(instances).as(stage.get(0) + " in " + stage.get(1)).isNotEmpty()
                .anySatisfy(instance -> assertThat(runtime.getActiveActivityIds(instance.getId())).contains(stage.get(2)));
    }

    @Test
    void theDemoLeavesMissedDeadlinesToTheJobExecutor_whichFlagsThoseCasesOverdue() {
        assertThat(dueJobsLeftByTheDemo).isPositive();
        assertThat(casesOverdueBeforeTheJobs).isZero();
        assertThat(overdue(running(PilotCityRoundProcess.KEY, "330300"))).as("PM-8 Wenzhou").isTrue();
        assertThat(overdue(runtime.createProcessInstanceQuery().processDefinitionKey(AnnualReportProcess.KEY)
                .processInstanceBusinessKey("320100").variableValueEquals(AnnualReportProcess.In.REPORT_YEAR.name(), lastReportYear)
                .singleResult())).as("PM-12 Nanjing").isTrue();
        assertThat(overdue(running(ExperimentalAreaConstructionProcess.KEY, "320500-sip"))).as("CA-10 SIP").isTrue();
        for (String onTime : List.of("320600", "330200", "370700")) {
            assertThat(overdue(running(PilotCityRoundProcess.KEY, onTime))).as(onTime).isFalse();
        }
        assertThat(overdue(running(ModelCityTermProcess.KEY, "320500"))).as("PM-21 Suzhou").isFalse();
        // Hubei's cities of the last assessed year wait in its round (PM-9): the round is late once 30 April passed.
        List<String> overdueCases = new ArrayList<>(List.of("330300", "320100", "320500-sip"));
        assertThat(overdue(running(PilotCityRoundProcess.KEY, "420100"))).as("Wuhan's own case owes no assessment")
                .isFalse();
        String round = DemoPlan.ROUND_PROVINCE + "-" + (lastReportYear - 1);
        if (deadlinePassed(taskService.createTaskQuery().processInstanceBusinessKey(round)
                .taskDefinitionKey(ProvincialAssessmentRoundProcess.TASK_ASSESS_CITY).list())) {
            overdueCases.add(round);
        }
        assertThat(runtime.createProcessInstanceQuery().variableValueEquals(OverduePattern.OVERDUE.name(), true).list())
                .extracting(ProcessInstance::getBusinessKey).containsOnly(overdueCases.toArray(String[]::new));
    }

    private static boolean deadlinePassed(List<Task> tasks) {
        Instant now = EngineClockAdapter.engineNow();
        assertThat(tasks).isNotEmpty();
        return tasks.stream().anyMatch(task -> !task.getDueDate().toInstant().isAfter(now));
    }

    @Test
    void pm9_i13_hubeisAssessmentRoundOfTheLastAssessedYearWaits_itsCitiesTasksOpenForTheHubeiUser() {
        int year = lastReportYear - 1;
        ProcessInstance round = running(ProvincialAssessmentRoundProcess.KEY, DemoPlan.ROUND_PROVINCE + "-" + year);
        assertThat(round).as("Hubei's round of " + year).isNotNull();
        List<Task> hubei = filtered("hubei", TasklistFilters.MY_OFFICES_TASKS).stream()
                .filter(task -> task.getProcessInstanceId().equals(round.getId())).toList();
        List<Task> jiangsu = filtered("jiangsu", TasklistFilters.MY_OFFICES_TASKS).stream()
                .filter(task -> task.getProcessInstanceId().equals(round.getId())).toList();
        identity.clearAuthentication();
        List<String> cities = register.pilotAndFosteringCitiesOf(DemoPlan.ROUND_PROVINCE, year).stream()
                .map(Holder::getId).toList();
        assertThat(cities).as("Wuhan, and Yichang whose title was withdrawn after the year").contains("420100", "420500");
        assertThat(hubei).filteredOn(task -> task.getTaskDefinitionKey().equals(ProvincialAssessmentRoundProcess.TASK_ASSESS_CITY))
                .extracting(task -> taskService.getVariable(task.getId(), "holderId"))
                .containsExactlyInAnyOrderElementsOf(cities);
        assertThat(hubei).filteredOn(task -> task.getTaskDefinitionKey().equals(ProvincialAssessmentRoundProcess.TASK_ASSESS_CITY))
                .extracting(Task::getName).contains("Assess the performance of Wuhan in " + year + " (PM-9)");
        assertThat(jiangsu).as("another province's office").isEmpty();
        for (String city : cities) {
            assertThat(register.assessmentsOf(city)).as(city).noneMatch(a -> a.getYear() == year);
        }
    }

    @Test
    void noPastTimerTookACaseBeyondItsStage_onlyThePlannedTitlesAreWithdrawnAndBanned() {
        List<Designation> withdrawn = register.allDesignations().stream()
                .filter(d -> d.getStatus() == DesignationStatus.WITHDRAWN).toList();
        assertThat(withdrawn).extracting(Designation::getHolderId, Designation::getStatusRuleId)
                .containsExactlyInAnyOrder(tuple("320300", "PM-14"), tuple("330500", "PM-17"), tuple("420500", "PM-32"));
        assertThat(register.banOn("320300", Title.PILOT_CITY, today)).map(Ban::getRuleId).contains("PM-14");
        assertThat(register.banOn("330500", Title.PILOT_CITY, today)).map(Ban::getRuleId).contains("PM-17");
        assertThat(register.bansOf("420500")).isEmpty();
        for (String noCase : List.of("320300", "330500", "420500")) {
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(noCase).count()).as(noCase).isZero();
        }
        assertThat(register.activeDesignation("330200", Title.PILOT_CITY)).as("acceptance pending").isPresent();
        assertThat(register.activeDesignation("510100", Title.MODEL_CITY)).as("reexamination owed").isPresent();
        assertThat(register.activeDesignation("370200", Title.DEMONSTRATION_FOSTERING)).isPresent();
    }

    @Test
    void assessmentsOfTheLastYearsAreOnRecord_andNoRoundAsksForARecordedYear() {
        for (String city : List.of("320100", "320700", "330100", "330200", "370200", "370700", "420100", "350200")) {
            assertThat(register.assessmentsOf(city)).as(city).extracting(AnnualAssessment::getYear)
                    .filteredOn(year -> year >= lastReportYear - 3)
                    .hasSizeGreaterThanOrEqualTo(2);
        }
        for (Task task : taskService.createTaskQuery().taskDefinitionKey(ProvincialAssessmentRoundProcess.TASK_ASSESS_CITY)
                .list()) {
            String city = (String) taskService.getVariable(task.getId(), "holderId");
            int year = ((Number) taskService.getVariable(task.getId(),
                    ProvincialAssessmentRoundProcess.Vars.ASSESSED_YEAR.name())).intValue();
            assertThat(register.assessmentsOf(city)).as(task.getName()).noneMatch(a -> a.getYear() == year);
        }
        assertThat(register.reportsOf("330200")).as("Ningbo's three reports of its expired term")
                .allMatch(r -> r.isOnTime()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void pm7_i14_aPastYearsListOfPilotCitiesIsPublished_withItsOneReplyNoticeDate_andThisYearsCallIsOpen() {
        YearLists.Lists lists = null;
        for (int year = today.getYear() - 1; year >= today.getYear() - 5 && lists == null; year--) {
            YearLists.Lists ofTheYear = yearLists.of(year);
            lists = ofTheYear.approvedPilotCities().isEmpty() ? null : ofTheYear;
        }
        assertThat(lists).as("a published list of pilot cities in the last five years").isNotNull();
        assertThat(lists.pilotReplyNoticeDate()).isNotNull();
        LocalDate replyNotice = lists.pilotReplyNoticeDate();
        assertThat(lists.approvedPilotCities()).allSatisfy(entry -> assertThat(register
                .designationsOf(entry.holderId())).anySatisfy(d -> {
                    assertThat(d.getTitle()).isEqualTo(Title.PILOT_CITY);
                    assertThat(d.getRound()).isEqualTo(1);
                    assertThat(d.getTermStart()).isEqualTo(replyNotice);
                }));
    }

    @Test
    void pm9_i13_jiangsusRoundOfTheLastAssessedYearIsRecorded_lianyungangLastTwoYearsRunningIsPutToSipo() {
        int year = lastReportYear - 1;
        assertThat(register.assessmentsOf("320700")).filteredOn(a -> a.getYear() == year).singleElement()
                .satisfies(a -> {
                    assertThat(a.getRoundCaseId()).isNotNull();
                    assertThat(a.getRank()).isEqualTo(a.getCategorySize());
                });
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(TitleWithdrawalProcess.KEY)
                .processInstanceBusinessKey("320700").count()).isOne();
    }

    @Test
    void qingdaoCanApplyAsAModelCity_theCheckFindsThePm18ConditionsMetInTheRegister() {
        assertThat(register.assessmentsOf("370200")).filteredOn(a -> a.getYear() >= today.getYear() - 3
                && a.getYear() <= today.getYear() - 1 && a.getGrade() == Grade.EXCELLENT).hasSizeGreaterThanOrEqualTo(2);
        assertThat(register.figuresOf(today.getYear() - 1)).hasSizeGreaterThanOrEqualTo(10);
        Map<String, Object> form = new HashMap<>();
        form.put(ModelCityApplicationProcess.Apply.CITY_CODE.name(), "370200");
        form.put(ModelCityApplicationProcess.Apply.IP_IN_GOVERNMENT_ASSESSMENT.name(), true);
        form.put(ModelCityApplicationProcess.Apply.AMONG_BEST_NATIONALLY.name(), true);
        form.put(ModelCityApplicationProcess.Apply.QUALITY_ORIENTED_FUNDING.name(), true);
        form.put(ModelCityApplicationProcess.Apply.NO_MAJOR_INFRINGEMENT.name(), true);
        ProcessInstance application = runtime.startProcessInstanceByKey(ModelCityApplicationProcess.KEY, form);
        try {
            // PM-18 (i) to (viii) met: the case waits for Shandong's scores (PM-19(ii)).
            assertThat(taskService.createTaskQuery().processInstanceId(application.getId())
                    .taskDefinitionKey(ModelCityApplicationProcess.TASK_SCORE_CANDIDATE).singleResult()).isNotNull();
            assertThat(runtime.getVariable(application.getId(), ModelCityApplicationProcess.Decide.CONDITIONS_MET.name()))
                    .as(String.valueOf(runtime.getVariable(application.getId(),
                            ModelCityApplicationProcess.Decide.CONDITIONS_FINDINGS.name())))
                    .isEqualTo(true);
        } finally {
            runtime.deleteProcessInstance(application.getId(), "test of the walkthrough's precondition");
        }
    }

    @Test
    void aGovernmentUserSeesItsTaskWithItsLegalDueDate() {
        LocalDate reply = register.activeDesignation("320500", Title.MODEL_CITY).orElseThrow().getTermStart();
        assertThat(filtered("suzhou", TasklistFilters.MY_OFFICES_TASKS))
                .filteredOn(task -> task.getTaskDefinitionKey().equals(ModelCityTermProcess.TASK_RECORD_WORK_PLAN))
                .singleElement().satisfies(task -> assertThat(task.getDueDate())
                        .isEqualTo(Date.from(DeadlineCalendar.withinMonths(reply, 4))));
    }

    @Test
    void theProvinceSeesTheOverdueEscalationInItsOverdueFilter_andNotZhejiangs() {
        List<Task> jiangsu = filtered("jiangsu", TasklistFilters.OVERDUE);
        assertThat(jiangsu).filteredOn(task -> businessKey(task).equals("320100"))
                .extracting(Task::getTaskDefinitionKey).containsExactly(AnnualReportProcess.TASK_ESCALATE);
        assertThat(jiangsu).allMatch(task -> businessKey(task).startsWith("32"));
        assertThat(filtered("zhejiang", TasklistFilters.OVERDUE)).isNotEmpty()
                .allMatch(task -> businessKey(task).startsWith("33"));
        assertThat(filtered("nanjing", TasklistFilters.OVERDUE)).extracting(Task::getTaskDefinitionKey)
                .containsExactly(AnnualReportProcess.TASK_SUBMIT);
        assertThat(filtered("zhejiang", TasklistFilters.MY_OFFICES_TASKS)).isNotEmpty()
                .noneMatch(task -> businessKey(task).startsWith("32"));
    }

    @Test
    void aSecondStartCreatesNothingTwice() throws Exception {
        long cases = runtime.createProcessInstanceQuery().count();
        long holders = register.allHolders().size();
        long users = identity.createUserQuery().count();
        demoData.run(null);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(cases);
        assertThat(register.allHolders()).hasSize((int) holders);
        assertThat(identity.createUserQuery().count()).isEqualTo(users);
        assertThat(filters.createFilterQuery().filterName(TasklistFilters.OVERDUE).count()).isOne();
    }
}
