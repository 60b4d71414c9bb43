package cn.ipoffice.programmes.demo;

import cn.ipoffice.programmes.calls.YearlyCallProcess;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.demo.DemoPlan.DemoHolder;
import cn.ipoffice.programmes.pilotcities.ProvincialAssessmentRoundProcess;
import cn.ipoffice.programmes.register.CallProgramme;
import cn.ipoffice.programmes.register.NationalFigures;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.YearlyCalls;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo profile's data, created on its first start only and in one transaction: about twenty cities and three cluster
 * areas at every stage of their programmes ({@link DemoHolders}), each in the register and in a
 * running case of the real processes, with SIPO's call of the year open, last year's list of pilot cities
 * published, Jiangsu's assessment round of the last assessed year recorded and Hubei's waiting. No authorization is created here: cases and offices get theirs
 * from their business keys and group names. The offices and their users ({@link DemoUsers}) exist before the web
 * server starts; this runs once it has.
 */
@Component
@ConditionalOnProperty(name = "ipp.demo.enabled", havingValue = "true")
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class DemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /** Wuxi and its hi-tech district hold nothing, so that their governments can walk an application through. */
    static final String APPLICANT_CITY = "320200";
    static final String APPLICANT_AREA = "320200-wxhtz";

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final Register register;
    private final NationalFigures nationalFigures;
    private final YearlyCalls yearlyCalls;
    private final Clock clock;

    DemoData(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
            Register register, NationalFigures nationalFigures, YearlyCalls yearlyCalls, Clock clock) {
        this.nationalFigures = nationalFigures;
        this.yearlyCalls = yearlyCalls;
        this.clock = clock;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.register = register;
    }

    /** Today in China Standard Time by the engine's clock, which also decides which timers are due. */
    static LocalDate today(Clock clock) {
        return DeadlineCalendar.dayOf(clock.instant());
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        LocalDate today = today(clock);
        List<DemoHolder> holders = DemoHolders.plan(today);
        if (register.holder(holders.get(0).id()).isPresent()) {
            LOG.info("Demo data already present");
            return;
        }
        int lastReportYear = DemoPlan.lastReportYear(today);
        DemoRecords records = new DemoRecords(register, nationalFigures, yearlyCalls);
        DemoCases cases = new DemoCases(runtimeService, taskService, managementService, register);
        for (DemoHolder holder : holders) {
            if (holder.inRegister()) {
                records.enter(holder, lastReportYear);
            }
        }
        records.figures(today.getYear() - 1, holders);
        // SIPO's calls of the year are open (PM-7, PM-20, CA-8, I-14): the applications filed with SIPO wait for them.
        for (CallProgramme programme : CallProgramme.values()) {
            runtimeService.startProcessInstanceByKey(YearlyCallProcess.KEY, Map.of(
                    YearlyCallProcess.Open.PROGRAMME.name(), programme.name(),
                    YearlyCallProcess.Open.YEAR.name(), today.getYear(),
                    YearlyCallProcess.Open.CLOSING_DATE.name(), today.plusMonths(2).toString()));
        }
        for (DemoHolder holder : holders) {
            cases.start(holder, today, lastReportYear);
            LOG.info("Demo {} {} ({}): {}", holder.id(), holder.name(), holder.user(), holder.stage());
        }
        recordedRound(holders, lastReportYear - 1);
        records.pastPilotList(holders, today);
        // Hubei's assessment round of the last assessed year waits for its grades and scores (PM-9, I-13).
        runtimeService.startProcessInstanceByKey(ProvincialAssessmentRoundProcess.KEY, Map.of(
                CaseVariables.HOLDER_ID.name(), DemoPlan.ROUND_PROVINCE,
                ProvincialAssessmentRoundProcess.Vars.ASSESSED_YEAR.name(), lastReportYear - 1));
        LOG.info("Demo data created: {} cities and areas, office users {}", holders.size(),
                DemoUsers.OFFICE_USERS.stream().map(DemoUsers.DemoUser::id).toList());
    }

    /**
     * Jiangsu's assessment round of {@code year} (PM-9, I-13), run to its end as the provincial office runs it: opened,
     * each city's grade and score entered on its task, the computed ranking confirmed. The register records the year
     * from the round, each city's running case shows it, and a city last of its category in this year and the year
     * before is put to SIPO (PM-32(c)).
     */
    private void recordedRound(List<DemoHolder> holders, int year) {
        String round = runtimeService.startProcessInstanceByKey(ProvincialAssessmentRoundProcess.KEY, Map.of(
                CaseVariables.HOLDER_ID.name(), DemoPlan.RECORDED_ROUND_PROVINCE,
                ProvincialAssessmentRoundProcess.Vars.ASSESSED_YEAR.name(), year)).getId();
        Map<String, DemoHolder> byId = new HashMap<>();
        holders.forEach(holder -> byId.put(holder.id(), holder));
        for (Task task : taskService.createTaskQuery().processInstanceId(round)
                .taskDefinitionKey(ProvincialAssessmentRoundProcess.TASK_ASSESS_CITY).list()) {
            String city = CaseVariables.HOLDER_ID.from(taskService.getVariables(task.getId(),
                    List.of(CaseVariables.HOLDER_ID.name())));
            taskService.complete(task.getId(), byId.get(city).roundEntry());
        }
        Task confirmation = taskService.createTaskQuery().processInstanceId(round)
                .taskDefinitionKey(ProvincialAssessmentRoundProcess.TASK_CONFIRM_RANKING).singleResult();
        taskService.complete(confirmation.getId(), Map.of(ProvincialAssessmentRoundProcess.Vars.RANKING_DECISION.name(),
                ProvincialAssessmentRoundProcess.RankingDecision.CONFIRMED.name()));
    }
}
