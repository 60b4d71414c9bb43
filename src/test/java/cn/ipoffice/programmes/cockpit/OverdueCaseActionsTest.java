package cn.ipoffice.programmes.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.annualreport.AnnualReportProcess.In;
import cn.ipoffice.programmes.cockpit.OverdueCase.OfficeUser;
import cn.ipoffice.programmes.overdue.OverdueIncident;
import cn.ipoffice.programmes.overdue.OverduePattern;
import cn.ipoffice.programmes.register.EscalationAction;
import cn.ipoffice.programmes.register.EscalationActions;
import cn.ipoffice.programmes.register.EscalationStep;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.Escalations;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.SpringEngine;
import cn.ipoffice.programmes.support.TestUsers;
import cn.ipoffice.programmes.support.WebappSession;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A supervising office acts on a missed deadline (docs/rules.md "Time", the overdue pattern): it records what it did on
 * the escalation task's form, as Tasklist submits it over the REST API or as the FormService takes it; the register
 * keeps the action, the case waits for the follow-up day and the escalation comes again at 00:00 CST of that day. Bad
 * follow-up days are refused naming the field, and nothing changes. Cockpit's "Overdue cases" names who owes the step
 * (the office and its users), the deadline's last day and every action. Jiangsu's cities' 2025 reports, due 31 January
 * 2026, are late; the day is 3 February 2026.
 */
@ProcessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverdueCaseActionsTest {

    static final String JIANGSU = "ova-jiangsu";
    static final String COCKPIT_CASES = "/camunda/api/cockpit/plugin/overdue-cases/default/cases";

    @Autowired
    ProcessEngine engine;
    @Autowired
    Register register;
    @Autowired
    EscalationActions actions;

    @BeforeAll
    void offices() {
        IdentityService identity = engine.getIdentityService();
        officeUser(identity, JIANGSU, "Zhou", "Min", "zhou.min@jsip.example.org", "province-32");
        for (String city : List.of("320500", "320200", "320400", "320900")) {
            officeUser(identity, "ova-" + city + "-li", "Li", "Wei", "li.wei@" + city + ".example.org", "gov-" + city);
            officeUser(identity, "ova-" + city + "-wang", "Wang", "Fang", null, "gov-" + city);
        }
    }

    @AfterEach
    void signOut() {
        engine.getIdentityService().clearAuthentication();
    }

    /** A user of an office, with the names and e-mail address Admin gives it (none where {@code email} is null). */
    static void officeUser(IdentityService identity, String id, String first, String last, String email, String group) {
        User known = identity.createUserQuery().userId(id).singleResult();
        if (known != null) {
            // Each class leaves users without the addresses it gave them (support/CleanSlate): this class's come back.
            known.setEmail(email);
            identity.saveUser(known);
            return;
        }
        User user = identity.newUser(id);
        user.setFirstName(first);
        user.setLastName(last);
        user.setEmail(email);
        user.setPassword(TestUsers.PASSWORD);
        identity.saveUser(user);
        if (identity.createGroupQuery().groupId(group).count() == 0) {
            identity.saveGroup(identity.newGroup(group));
        }
        identity.createMembership(id, group);
    }

    /** The city's 2025 report (PM-12), late since 31 January 2026 24:00 CST and escalated to its province; 3 February. */
    static String overdueReport(ProcessEngine engine, Register register, String code, String name) {
        EngineClock.setTo("2026-01-05T09:00");
        register.enterHolder(code, name, HolderKind.PREFECTURE_LEVEL_CITY);
        String report = engine.getRuntimeService().startProcessInstanceByKey(AnnualReportProcess.KEY, code,
                Map.of(In.HOLDER_ID.name(), code, In.HOLDER_NAME.name(), name, In.REPORT_YEAR.name(), 2026,
                        In.RULE_ID.name(), "PM-12", In.SUPERVISOR_GROUP.name(), "province-" + code.substring(0, 2))).getId();
        EngineClock.setTo("2026-02-01T00:00");
        EngineClock.runDueJobs(engine.getManagementService(), report);
        EngineClock.setTo("2026-02-03T09:00");
        return report;
    }

    private String overdueReport(String code, String name) {
        return overdueReport(engine, register, code, name);
    }

    private List<Task> escalations(String report) {
        return engine.getTaskService().createTaskQuery().processInstanceId(report)
                .taskDefinitionKey(AnnualReportProcess.TASK_ESCALATE).list();
    }

    private Task escalation(String report) {
        List<Task> open = escalations(report);
        assertThat(open).as("the open escalation of " + report).hasSize(1);
        return open.get(0);
    }

    /** The page's row of the case as the user of these groups sees it, at this CST time. */
    static OverdueCase rowOf(ProcessEngine engine, String caseId, String at, String user, String... groups) {
        return rows(engine, at, user, groups).stream().filter(row -> row.processInstanceId().equals(caseId)).findFirst()
                .orElseThrow(() -> new AssertionError("the page shows " + user + " no row of " + caseId));
    }

    static List<OverdueCase> rows(ProcessEngine engine, String at, String user, String... groups) {
        engine.getIdentityService().setAuthentication(user, List.of(groups));
        try {
            return OverdueCasesResource.list(engine, EngineClock.cst(at));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private HttpResponse<String> submit(String user, String taskId, String body) {
        return Http.as(user).postJson("/engine-rest/task/" + taskId + "/submit-form", body);
    }

    @Test
    void theProvinceRecordsATalkOnTheEscalationForm_thePageNamesTheOwnerItsUsersTheDeadlineAndTheAction() {
        String suzhou = overdueReport("320500", "Suzhou");
        String escalationId = escalation(suzhou).getId();

        HttpResponse<String> recorded = submit(JIANGSU, escalationId, Escalations.asRestBody(EscalationStep.TALK_HELD,
                "2026-02-10", "Met the deputy mayor; the report is promised for next week"));

        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(204);
        assertThat(actions.ofCase(suzhou)).singleElement().satisfies(action -> {
            assertThat(action.getAction()).isEqualTo(EscalationStep.TALK_HELD);
            assertThat(action.getRecordedBy()).isEqualTo(JIANGSU);
            assertThat(action.getHolderId()).isEqualTo("320500");
            assertThat(action.getRuleId()).isEqualTo("PM-12");
            assertThat(action.getTaskId()).isEqualTo(escalationId);
            assertThat(action.getRecordedAt()).isEqualTo(EngineClock.cst("2026-02-03T09:00"));
        });
        OverdueCase row = rowOf(engine, suzhou, "2026-02-03T09:00", JIANGSU, "province-32");
        assertThat(row.owner()).isEqualTo("Suzhou municipal government (gov-320500)");
        assertThat(row.ownerGroups()).containsExactly("gov-320500");
        assertThat(row.ownerUsers()).containsExactly(
                new OfficeUser("ova-320500-li", "Li Wei", "li.wei@320500.example.org", "gov-320500"),
                new OfficeUser("ova-320500-wang", "Wang Fang", null, "gov-320500"));
        assertThat(row.deadlineText()).isEqualTo("31 January 2026, 24:00 CST");
        assertThat(row.daysOverdue()).isEqualTo(3);
        assertThat(row.actions()).singleElement().satisfies(action -> {
            assertThat(action.actionText()).isEqualTo("Talk held with the responsible office");
            assertThat(action.recordedOn()).isEqualTo("3 February 2026");
            assertThat(action.recordedBy()).isEqualTo(JIANGSU);
            assertThat(action.remarks()).isEqualTo("Met the deputy mayor; the report is promised for next week");
            assertThat(action.followUpText()).isEqualTo("10 February 2026");
        });
        assertThat(row.followUpOn()).isEqualTo("2026-02-10");
        assertThat(row.followUpText()).isEqualTo("Followed up, back on 10 February 2026");

        HttpResponse<String> page = WebappSession.loggedIn(SpringEngine.baseUrl(), JIANGSU, TestUsers.PASSWORD).get(COCKPIT_CASES);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Suzhou municipal government (gov-320500)", "li.wei@320500.example.org",
                "31 January 2026, 24:00 CST", "Met the deputy mayor", "Followed up, back on 10 February 2026");
    }

    @Test
    void theFollowUpDayBringsTheEscalationBackAt0000Cst_withAnEmptyForm_andThePageListsTheCaseAsNeedingActionAgain() {
        String wuxi = overdueReport("320200", "Wuxi");
        String escalationId = escalation(wuxi).getId();
        engine.getIdentityService().setAuthentication(JIANGSU, List.of("province-32"));
        engine.getFormService().submitTaskForm(escalationId,
                Escalations.action(EscalationStep.REMINDER_SENT, "2026-02-10", null));
        engine.getIdentityService().clearAuthentication();

        assertThat(escalations(wuxi)).isEmpty();
        Job followUp = engine.getManagementService().createJobQuery().processInstanceId(wuxi).timers().singleResult();
        assertThat(followUp.getDuedate()).isEqualTo(EngineClock.cstDate("2026-02-10T00:00"));
        assertThat(engine.getRuntimeService().getVariables(wuxi)).as("the form's values are the register's")
                .doesNotContainKeys(OverduePattern.ESCALATION_ACTION.name(), OverduePattern.ESCALATION_FOLLOW_UP_ON.name());

        EngineClock.setTo("2026-02-09T23:59");
        assertThat(EngineClock.runDueJobs(engine.getManagementService(), wuxi)).isZero();
        assertThat(escalations(wuxi)).isEmpty();
        assertThat(rowOf(engine, wuxi, "2026-02-09T23:59", JIANGSU, "province-32").followUpOn()).isEqualTo("2026-02-10");

        EngineClock.setTo("2026-02-10T00:00");
        assertThat(EngineClock.runDueJobs(engine.getManagementService(), wuxi)).isOne();
        Task again = escalation(wuxi);
        assertThat(engine.getTaskService().getIdentityLinksForTask(again.getId()))
                .anyMatch(link -> "province-32".equals(link.getGroupId()));
        assertThat(engine.getFormService().getTaskFormVariables(again.getId()).keySet()).as("what Tasklist fills in")
                .doesNotContain(OverduePattern.ESCALATION_ACTION.name(), OverduePattern.ESCALATION_FOLLOW_UP_ON.name(),
                        OverduePattern.ESCALATION_REMARKS.name());
        OverdueCase back = rowOf(engine, wuxi, "2026-02-10T00:00", JIANGSU, "province-32");
        assertThat(back.followUpOn()).as("needs action again").isNull();
        assertThat(back.actions()).hasSize(1);
        assertThat(back.daysOverdue()).isEqualTo(10);

        assertThat(submit(JIANGSU, again.getId(), Escalations.asRestBody(EscalationStep.REFERRED, "2026-03-01", null))
                .statusCode()).isEqualTo(204);
        assertThat(rowOf(engine, wuxi, "2026-02-10T00:00", JIANGSU, "province-32").actions())
                .extracting(OverdueCase.Action::action).containsExactly("REMINDER_SENT", "REFERRED");
    }

    @Test
    void aFollowUpDayNotAfterToday_orMoreThanSixMonthsAhead_orNoDay_isRefusedNamingTheField_andNothingChanges() {
        String changzhou = overdueReport("320400", "Changzhou");
        String escalationId = escalation(changzhou).getId();
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("2026-02-03", "'Follow up on' (escalationFollowUpOn) must lie after today, 2026-02-03: got 2026-02-03");
        refusals.put("2026-01-20", "'Follow up on' (escalationFollowUpOn) must lie after today, 2026-02-03: got 2026-01-20");
        refusals.put("2026-08-04", "'Follow up on' (escalationFollowUpOn) may lie at most 6 months ahead, until 2026-08-03:"
                + " got 2026-08-04");
        refusals.put("10/02/2026", "'Follow up on' (escalationFollowUpOn) must be a date written YYYY-MM-DD, got '10/02/2026'");
        refusals.put("2026-02-30", "'Follow up on' (escalationFollowUpOn) is not a day of the calendar: '2026-02-30'");

        refusals.forEach((day, refusal) -> {
            HttpResponse<String> refused = submit(JIANGSU, escalationId,
                    Escalations.asRestBody(EscalationStep.REMINDER_SENT, day, "Reminder sent"));
            assertThat(refused.statusCode()).as(day).isEqualTo(400);
            assertThat(refused.body()).as(day).contains(refusal);
        });
        HttpResponse<String> noDay = submit(JIANGSU, escalationId, """
                {"variables": {"escalationAction": {"value": "REMINDER_SENT", "type": "String"}}}""");
        assertThat(noDay.statusCode()).isEqualTo(400);
        assertThat(noDay.body()).contains("'Follow up on' (escalationFollowUpOn) is required");

        assertThat(escalation(changzhou).getId()).as("the same task, still open").isEqualTo(escalationId);
        assertThat(actions.ofCase(changzhou)).as("nothing recorded").isEmpty();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(changzhou).count()).isZero();
        assertThat(engine.getRuntimeService().getVariables(changzhou)).doesNotContainKeys(
                OverduePattern.ESCALATION_ACTION.name(), OverduePattern.ESCALATION_FOLLOW_UP_ON.name(),
                OverduePattern.ESCALATION_BACK_ON.name());
        assertThat(rowOf(engine, changzhou, "2026-02-03T09:00", JIANGSU, "province-32").actions()).isEmpty();

        assertThat(submit(JIANGSU, escalationId, Escalations.asRestBody(EscalationStep.REMINDER_SENT, "2026-08-03", null))
                .statusCode()).as("six months ahead to the day").isEqualTo(204);
        assertThat(actions.ofCase(changzhou)).extracting(EscalationAction::getFollowUpOn)
                .containsExactly(java.time.LocalDate.of(2026, 8, 3));
    }

    @Test
    void meetingTheObligationEndsTheFollowUp_theCaseLeavesThePage_andItsActionsStayInTheRegister() {
        String yancheng = overdueReport("320900", "Yancheng");
        assertThat(submit(JIANGSU, escalation(yancheng).getId(),
                Escalations.asRestBody(EscalationStep.REMINDER_SENT, "2026-02-20", null)).statusCode()).isEqualTo(204);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(yancheng).timers().count()).isOne();

        Task report = engine.getTaskService().createTaskQuery().processInstanceId(yancheng)
                .taskDefinitionKey(AnnualReportProcess.TASK_SUBMIT).singleResult();
        HttpResponse<String> submitted = submit("ova-320900-li", report.getId(), """
                {"variables": {"workSummary": {"value": "Patent navigation in every district.", "type": "String"},
                 "currentYearPlan": {"value": "Pledge financing platform.", "type": "String"}}}""");

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(yancheng).timers().count())
                .as("no follow-up waits").isZero();
        assertThat(escalations(yancheng)).isEmpty();
        assertThat(engine.getRuntimeService().getVariable(yancheng, OverduePattern.OVERDUE.name())).isEqualTo(false);
        assertThat(rows(engine, "2026-02-03T09:00", JIANGSU, "province-32"))
                .noneMatch(row -> row.processInstanceId().equals(yancheng));
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(yancheng)
                .incidentType(OverdueIncident.TYPE).count()).isZero();
        assertThat(actions.ofCase(yancheng)).hasSize(1);
    }
}
