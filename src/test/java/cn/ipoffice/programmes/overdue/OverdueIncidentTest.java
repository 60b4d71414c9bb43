package cn.ipoffice.programmes.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.annualreport.AnnualReportProcess.Form;
import cn.ipoffice.programmes.annualreport.AnnualReportProcess.In;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.cockpit.OverdueCase;
import cn.ipoffice.programmes.cockpit.OverdueCasesResource;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.deadlines.Term;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.ProcessTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A missed deadline in Cockpit (docs/rules.md "Time", overdue): an incident of type {@code overdue} on the
 * waiting activity, naming the rule, the deadline and the days overdue, resolved by itself when the
 * obligation is met; and the row of the Cockpit page "Overdue cases".
 */
@ProcessTest
class OverdueIncidentTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    Register register;
    @Autowired
    OverdueMessages messages;

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    private ProcessInstance reportOwed(String cityCode, String name, int year) {
        register.enterHolder(cityCode, name, HolderKind.PREFECTURE_LEVEL_CITY);
        return runtime.startProcessInstanceByKey(AnnualReportProcess.KEY, cityCode, Map.of(
                In.HOLDER_ID.name(), cityCode, In.HOLDER_NAME.name(), name, In.REPORT_YEAR.name(), year, In.RULE_ID.name(), "PM-12",
                In.SUPERVISOR_GROUP.name(), "province-" + cityCode.substring(0, 2)));
    }

    private Incident incidentOf(ProcessInstance instance) {
        return runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    }

    @Test
    void pm12_lastMinuteNoIncident_atMidnightAnOverdueIncidentOnTheOpenReportTask() {
        EngineClock.setTo("2026-01-05T09:00");
        ProcessInstance instance = reportOwed("320100", "Nanjing", 2026);

        EngineClock.setTo("2026-01-31T23:59");
        EngineClock.runDueJobs(management, instance.getId());
        assertThat(incidentOf(instance)).isNull();

        EngineClock.setTo("2026-02-01T00:00");
        EngineClock.runDueJobs(management, instance.getId());
        Incident incident = incidentOf(instance);
        assertThat(incident.getIncidentType()).isEqualTo(OverdueIncident.TYPE);
        assertThat(incident.getActivityId()).isEqualTo(AnnualReportProcess.TASK_SUBMIT);
        assertThat(incident.getIncidentMessage()).isEqualTo("PM-12: deadline 2026-01-31 24:00 CST passed, 1 day overdue");
        assertThat(OverdueIncident.parse(incident.getConfiguration()))
                .isEqualTo(new OverdueIncident("PM-12", EngineClock.cst("2026-02-01T00:00")));
    }

    @Test
    void pm12_theDaysOverdueAreKeptCurrent_inCockpitsIncidentAndItsHistory() {
        EngineClock.setTo("2026-01-05T09:00");
        ProcessInstance instance = reportOwed("320100", "Nanjing", 2026);
        EngineClock.setTo("2026-02-01T00:00");
        EngineClock.runDueJobs(management, instance.getId());

        EngineClock.setTo("2026-02-11T00:01");
        assertThat(messages.refresh()).isEqualTo(1);
        assertThat(incidentOf(instance).getIncidentMessage()).endsWith("passed, 11 days overdue");
        assertThat(history.createHistoricIncidentQuery().processInstanceId(instance.getId()).singleResult()
                .getIncidentMessage()).endsWith("11 days overdue");
        assertThat(messages.refresh()).as("nothing changes twice on the same day").isZero();
    }

    @Test
    void pm12_submittingTheReportResolvesTheIncident_andLiftsTheFlag() {
        EngineClock.setTo("2026-01-05T09:00");
        ProcessInstance instance = reportOwed("320100", "Nanjing", 2026);
        EngineClock.setTo("2026-02-01T00:00");
        EngineClock.runDueJobs(management, instance.getId());
        String incidentId = incidentOf(instance).getId();

        EngineClock.setTo("2026-02-03T10:00");
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(AnnualReportProcess.TASK_SUBMIT).singleResult().getId(), Map.of(
                Form.WORK_SUMMARY.name(), "Patent quality programme carried out.",
                Form.CURRENT_YEAR_PLAN.name(), "Pledge financing platform."));

        assertThat(incidentOf(instance)).isNull();
        HistoricIncident resolved = history.createHistoricIncidentQuery().incidentId(incidentId).singleResult();
        assertThat(resolved.isResolved()).isTrue();
        assertThat(resolved.getEndTime()).isEqualTo(EngineClock.cstDate("2026-02-03T10:00"));
        assertThat(runtime.getVariable(instance.getId(), OverduePattern.OVERDUE.name())).isEqualTo(false);
    }

    @Test
    void aCaseDeletedWhileOverdue_deletesItsIncident_ratherThanResolvingIt() {
        EngineClock.setTo("2026-01-05T09:00");
        ProcessInstance instance = reportOwed("330100", "Hangzhou", 2026);
        EngineClock.setTo("2026-02-01T00:00");
        EngineClock.runDueJobs(management, instance.getId());
        String incidentId = incidentOf(instance).getId();

        runtime.deleteProcessInstance(instance.getId(), "entered by mistake");

        HistoricIncident deleted = history.createHistoricIncidentQuery().incidentId(incidentId).singleResult();
        assertThat(deleted.isDeleted()).isTrue();
    }

    @Test
    void theCockpitPageListsEveryOverdueCase_mostOverdueFirst_withHolderProvinceRuleAndDeadline() {
        EngineClock.setTo("2026-01-05T09:00");
        ProcessInstance nanjing = reportOwed("320100", "Nanjing", 2026);
        ProcessInstance hangzhou = reportOwed("330100", "Hangzhou", 2026);
        ProcessInstance suzhou = reportOwed("320500", "Suzhou", 2026);
        EngineClock.setTo("2026-02-01T00:00");
        EngineClock.runDueJobs(management, nanjing.getId());
        EngineClock.setTo("2026-02-05T00:00");
        EngineClock.runDueJobs(management, hangzhou.getId());
        runtime.setVariable(nanjing.getId(), "holderName", "Nanjing");

        List<OverdueCase> rows = OverdueCasesResource.list(engine, EngineClock.cst("2026-02-05T12:00"));

        assertThat(rows).extracting(OverdueCase::holderId).containsExactly("320100", "330100");
        OverdueCase first = rows.get(0);
        assertThat(first.holderName()).isEqualTo("Nanjing");
        assertThat(first.province()).isEqualTo("Jiangsu");
        assertThat(first.provinceCode()).isEqualTo("32");
        assertThat(first.processDefinitionKey()).isEqualTo(AnnualReportProcess.KEY);
        assertThat(first.ruleId()).isEqualTo("PM-12");
        assertThat(first.lastDay()).isEqualTo("2026-01-31");
        assertThat(first.daysOverdue()).isEqualTo(5);
        assertThat(first.processInstanceId()).isEqualTo(nanjing.getId());
        assertThat(rows.get(1).province()).isEqualTo("Zhejiang");
        assertThat(runtime.createIncidentQuery().processInstanceId(suzhou.getId()).count()).isZero();
    }

    @Test
    void pm12_aRoundsOverdueReport_isOneRowNamedAfterTheRound_thoughTheEngineCopiesTheIncidentToTheCallingActivity() {
        EngineClock.setTo("2025-03-01T09:00");
        register.enterHolder("320300", "Xuzhou", HolderKind.PREFECTURE_LEVEL_CITY);
        Term term = DeadlineCalendar.term(LocalDate.of(2025, 3, 1), 3);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.HOLDER_ID.name(), "320300");
        variables.put(CaseVariables.HOLDER_NAME.name(), "Xuzhou");
        variables.put(CaseVariables.SUPERVISOR_GROUP.name(), "province-32");
        variables.put(CaseVariables.PROVINCE_GROUP.name(), "province-32");
        variables.put(CaseVariables.ROUND.name(), 1);
        variables.put(CaseVariables.TERM_START.name(), term.start().toString());
        variables.put(CaseVariables.TERM_END.name(), term.lastDay().toString());
        variables.put(CaseVariables.OBLIGATIONS_FROM.name(), term.start().toString());
        variables.put(CaseVariables.WORK_PLAN_OWED.name(), false);
        ProcessInstance round = runtime.startProcessInstanceByKey(PilotCityRoundProcess.KEY, "320300", variables);

        EngineClock.setTo("2026-02-03T09:00");
        EngineClock.runAllDueJobs(management);

        String report = runtime.createProcessInstanceQuery().superProcessInstanceId(round.getId()).singleResult().getId();
        List<Incident> incidents = runtime.createIncidentQuery().incidentType(OverdueIncident.TYPE).list().stream()
                .filter(i -> List.of(round.getId(), report).contains(i.getProcessInstanceId())).toList();
        assertThat(incidents).hasSize(2);
        assertThat(incidents).filteredOn(OverdueIncident::isMissedDeadline).singleElement()
                .extracting(Incident::getActivityId).isEqualTo(AnnualReportProcess.TASK_SUBMIT);
        assertThat(incidents).filteredOn(i -> !OverdueIncident.isMissedDeadline(i)).singleElement()
                .satisfies(copy -> assertThat(copy.getProcessInstanceId()).isEqualTo(round.getId()));
        messages.refresh();
        assertThat(runtime.createIncidentQuery().processInstanceId(report).singleResult().getIncidentMessage())
                .endsWith("3 days overdue");
        assertThat(OverdueCasesResource.list(engine, EngineClock.cst("2026-02-03T09:00")))
                .filteredOn(row -> "320300".equals(row.holderId())).singleElement()
                .satisfies(row -> {
                    assertThat(row.holderName()).isEqualTo("Xuzhou");
                    assertThat(row.processDefinitionKey()).isEqualTo(AnnualReportProcess.KEY);
                    assertThat(row.daysOverdue()).isEqualTo(3);
                });
    }
}
