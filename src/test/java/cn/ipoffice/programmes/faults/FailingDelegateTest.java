package cn.ipoffice.programmes.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.register.Ban;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.PlanWindowCases;
import cn.ipoffice.programmes.support.SpringEngine;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A step that writes the register fails: the job is retried on the configured cycle (R3/PT5M), then
 * an incident shows in Cockpit; the register keeps its state throughout; once the cause is gone, a
 * retry from Cockpit continues the case. Runs on H2 and, in the PostgreSQL execution, on PostgreSQL.
 */
class FailingDelegateTest extends CaseTest {

    private static final String YANCHENG = "320900";
    /** The register refuses the ban: a fault a database administrator could cause and remove. */
    private static final String FAULT = "alter table ban add constraint register_write_fault check (rule_id <> 'PM-17')";
    private static final String FAULT_REMOVED = "alter table ban drop constraint register_write_fault";

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void pm17_aFailingRegisterWrite_isRetriedThreeTimes_thenAnIncident_andARetryAfterTheFixContinues() {
        JdbcTemplate jdbc = SpringEngine.bean(JdbcTemplate.class);
        ManagementService management = engine.getManagementService();
        EngineClock.setTo("2025-12-01T09:00");
        PlanWindowCases.enterPilotCity(register, YANCHENG, "Yancheng", LocalDate.of(2022, 7, 1));
        String instance = PlanWindowCases.startAtPlanWindow(engine.getRuntimeService(), YANCHENG, "Yancheng",
                LocalDate.of(2022, 7, 1));
        jdbc.execute(FAULT);
        try {
            EngineClock.setTo("2025-12-30T23:59");
            assertThat(management.createJobQuery().processInstanceId(instance).executable().count()).isZero();
            EngineClock.setTo("2025-12-31T00:00");
            failOnce(management, instance, 2);
            EngineClock.setTo("2025-12-31T00:04");
            assertThat(management.createJobQuery().processInstanceId(instance).executable().count()).isZero();
            EngineClock.setTo("2025-12-31T00:05");
            failOnce(management, instance, 1);
            EngineClock.setTo("2025-12-31T00:10");
            failOnce(management, instance, 0);
        } finally {
            jdbc.execute(FAULT_REMOVED);
        }

        Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(instance).singleResult();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo(PilotCityRoundProcess.TIMER_WINDOW_CLOSES);
        assertThat(incident.getIncidentMessage()).containsIgnoringCase("register_write_fault");
        assertRegisterUnchanged();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).singleResult())
                .isWaitingAt(PilotCityRoundProcess.TASK_RECORD_NEXT_STAGE);

        // Cockpit's "Retry": one more attempt for the job, which resolves the incident.
        EngineClock.setTo("2026-01-02T10:00");
        Job job = management.createJobQuery().processInstanceId(instance).singleResult();
        management.setJobRetries(job.getId(), 1);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance).count()).isZero();
        assertThat(EngineClock.runDueJobs(management, instance)).isOne();

        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance)
                .singleResult().getEndActivityId()).isEqualTo(PilotCityRoundProcess.END_WITHDRAWN_NO_PLAN);
        assertThat(register.designationsOf(YANCHENG)).singleElement().satisfies(d -> {
            assertThat(d.getStatus()).isEqualTo(DesignationStatus.WITHDRAWN);
            assertThat(d.getStatusRuleId()).isEqualTo("PM-17");
        });
        assertThat(register.bansOf(YANCHENG)).singleElement().satisfies(ban -> {
            assertThat(ban.getFirstDay()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(ban.getLastDay()).isEqualTo(LocalDate.of(2028, 12, 30));
            assertThat(ban.getTitleScope()).isEqualTo(Title.PILOT_CITY);
        });
    }

    private void failOnce(ManagementService management, String instance, int retriesLeft) {
        Job job = management.createJobQuery().processInstanceId(instance).executable().singleResult();
        assertThat(job).as("a due PM-17 timer job").isNotNull();
        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageMatching("(?is).*register_write_fault.*");
        Job after = management.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(after.getRetries()).isEqualTo(retriesLeft);
        assertThat(after.getExceptionMessage()).containsIgnoringCase("register_write_fault");
        assertRegisterUnchanged();
    }

    /** The title stays active and no ban is recorded: the withdrawal rolled back with the failed step. */
    private void assertRegisterUnchanged() {
        assertThat(register.activeDesignation(YANCHENG, Title.PILOT_CITY)).isPresent();
        assertThat(register.bansOf(YANCHENG)).extracting(Ban::getRuleId).isEmpty();
    }
}
