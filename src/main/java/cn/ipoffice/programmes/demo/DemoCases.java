package cn.ipoffice.programmes.demo;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.clusterareas.DemonstrativeAreaTermProcess;
import cn.ipoffice.programmes.clusterareas.ExperimentalAreaConstructionProcess;
import cn.ipoffice.programmes.demo.DemoPlan.Acceptance;
import cn.ipoffice.programmes.demo.DemoPlan.Application;
import cn.ipoffice.programmes.demo.DemoPlan.DemoHolder;
import cn.ipoffice.programmes.demo.DemoPlan.DemoTitle;
import cn.ipoffice.programmes.demo.DemoPlan.TermCase;
import cn.ipoffice.programmes.modelcities.ModelCityExaminationProcess;
import cn.ipoffice.programmes.modelcities.ModelCityTermProcess;
import cn.ipoffice.programmes.modelcities.ModelExaminationRoundProcess;
import cn.ipoffice.programmes.pilotcities.DemonstrationFosteringProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.security.Offices;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Starts each demo holder's case with the real process, as its predecessor would have started it,
 * and plays the case's past: the plan that opens the term is recorded on its day, the 1 January timers
 * of past years are fired and the reports and assessments the register holds for those years are
 * submitted, reviewed and recorded (the register keeps its first record, so a report keeps its
 * January submission day). Every other timer that fell due in the past, above all the legal deadlines,
 * is left to the job executor, which fires it at start as it would after any downtime: a missed
 * deadline flags its case overdue and escalates it, a term that expired moves on to its acceptance.
 */
final class DemoCases {

    /** The 1 January timers of each term process: its reports'. */
    private static final Map<String, List<String>> YEAR_TIMERS = Map.of(
            PilotCityRoundProcess.KEY, List.of(PilotCityRoundProcess.TIMER_YEAR_BEGINS),
            DemonstrationFosteringProcess.KEY, List.of(DemonstrationFosteringProcess.TIMER_YEAR_BEGINS),
            ModelCityTermProcess.KEY, List.of(ModelCityTermProcess.TIMER_YEAR_BEGINS),
            ExperimentalAreaConstructionProcess.KEY, List.of(ExperimentalAreaConstructionProcess.TIMER_YEAR_BEGINS),
            DemonstrativeAreaTermProcess.KEY, List.of(DemonstrativeAreaTermProcess.TIMER_YEAR_BEGINS));

    /** Form fields that no process API class names (they are read by forms and history only). */
    private static final String MODEL_PLAN_ISSUED_ON = "modelPlanIssuedOn";
    private static final String MODEL_PLAN_REFERENCE = "modelPlanReference";
    private static final String CONSTRUCTION_PLAN_SUBMITTED_ON = "constructionPlanSubmittedOn";
    private static final String CONSTRUCTION_PLAN_REFERENCE = "constructionPlanReference";
    private static final String EXAMINATION_REMARKS = "examinationRemarks";
    private static final String MATERIALS_REFERENCE = "materialsReference";

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final Register register;

    DemoCases(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
            Register register) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.register = register;
    }

    void start(DemoHolder holder, LocalDate today, int lastReportYear) {
        if (holder.running() instanceof Application application) {
            new DemoApplications(runtimeService, taskService).file(holder, application, today);
        } else if (holder.running() instanceof TermCase term) {
            String instanceId = runtimeService.startProcessInstanceByKey(term.processKey(), holder.id(),
                    termVariables(holder, term)).getId();
            if (term.planMetOn() != null) {
                recordOpeningPlan(holder, term);
            }
            playPastYears(holder, term, instanceId, lastReportYear);
            if (term.acceptance() != null) {
                accept(holder, term.acceptance(), instanceId);
            }
        }
    }

    /** The variables the term's predecessor hands over (see {@code StartFollowUpCaseDelegate}). */
    private static Map<String, Object> termVariables(DemoHolder holder, TermCase term) {
        DemoTitle title = holder.current();
        String province = Offices.provinceGroup(holder.id()).orElseThrow();
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.HOLDER_ID.name(), holder.id());
        variables.put(CaseVariables.HOLDER_NAME.name(), holder.name());
        variables.put(CaseVariables.SUPERVISOR_GROUP.name(), holder.isArea() ? Offices.SIPO : province);
        variables.put(CaseVariables.PROVINCE_GROUP.name(), province);
        variables.put(CaseVariables.ROUND.name(), title.round());
        variables.put(CaseVariables.TERM_START.name(), title.term().start().toString());
        variables.put(CaseVariables.TERM_END.name(), title.term().lastDay().toString());
        variables.put(CaseVariables.WORK_PLAN_OWED.name(), term.processKey().equals(PilotCityRoundProcess.KEY) && title.round() == 1);
        variables.put(CaseVariables.OBLIGATIONS_FROM.name(), title.term().start().toString());
        return variables;
    }

    /** PM-8, PM-21, CA-10: the plan that opens the term, recorded on its day. */
    private void recordOpeningPlan(DemoHolder holder, TermCase term) {
        String on = term.planMetOn().toString();
        String document = document(holder, term.planMetOn().getYear());
        switch (term.processKey()) {
            case PilotCityRoundProcess.KEY -> complete(task(holder.id(), PilotCityRoundProcess.TASK_RECORD_WORK_PLAN),
                    Map.of(Vars.PLAN_ISSUED_ON.name(), on, Vars.PLAN_REFERENCE.name(), document,
                            Vars.MECHANISM_ESTABLISHED.name(), true));
            case ModelCityTermProcess.KEY -> complete(task(holder.id(), ModelCityTermProcess.TASK_RECORD_WORK_PLAN),
                    Map.of(MODEL_PLAN_ISSUED_ON, on, MODEL_PLAN_REFERENCE, document,
                            Vars.MECHANISM_ESTABLISHED.name(), true));
            case ExperimentalAreaConstructionProcess.KEY -> complete(
                    task(holder.id(), ExperimentalAreaConstructionProcess.TASK_SUBMIT_PLAN),
                    Map.of(CONSTRUCTION_PLAN_SUBMITTED_ON, on, CONSTRUCTION_PLAN_REFERENCE, document));
            default -> throw new IllegalArgumentException(term.processKey() + " opens with no plan");
        }
    }

    /**
     * Fires the term's 1 January timers that are due, then completes what the register holds for
     * those years: SIPO's examination of a model city (PM-23), the
     * report, submitted and reviewed, or only submitted where it is still in review.
     */
    private void playPastYears(DemoHolder holder, TermCase term, String instanceId, int lastReportYear) {
        for (String timer : YEAR_TIMERS.get(term.processKey())) {
            for (Job job : managementService.createJobQuery().processInstanceId(instanceId).activityId(timer)
                    .executable().orderByJobDuedate().asc().list()) {
                managementService.executeJob(job.getId());
            }
        }
        openExaminationRounds(holder, instanceId, lastReportYear);
        for (Task task : tasks(holder.id(), ModelCityExaminationProcess.TASK_EXAMINE)) {
            int year = ModelCityExaminationProcess.Vars.EXAMINATION_YEAR.from(taskService.getVariables(task.getId()));
            if (year + 1 <= lastReportYear) {
                complete(task, Map.of(ModelCityExaminationProcess.Vars.EXAMINATION_GRADE.name(),
                        holder.examinationGrade(year, lastReportYear).name(),
                        ModelCityExaminationProcess.Vars.PATENT_STRENGTH_INDEX.name(), 85,
                        ModelCityExaminationProcess.Vars.TARGETS_MET_PERCENT.name(), 90,
                        EXAMINATION_REMARKS, "Plan targets largely met; patent strength monitored"));
            }
        }
        for (Task task : tasks(holder.id(), AnnualReportProcess.TASK_SUBMIT)) {
            int year = reportYear(task);
            String ruleId = (String) taskService.getVariable(task.getId(), AnnualReportProcess.In.RULE_ID.name());
            boolean onRecord = register.reportsOf(holder.id()).stream()
                    .anyMatch(r -> r.getYear() == year && r.getRuleId().equals(ruleId));
            if (onRecord || term.inReview().contains(year)) {
                complete(task, Map.of(AnnualReportProcess.Form.WORK_SUMMARY.name(), "Summary of the work of " + (year - 1)
                        + " in " + holder.name(), AnnualReportProcess.Form.CURRENT_YEAR_PLAN.name(),
                        "Plan of the work for " + year + " in " + holder.name()));
            }
            if (onRecord) {
                complete(taskOf(task.getProcessInstanceId(), AnnualReportProcess.TASK_REVIEW), Map.of(
                        AnnualReportProcess.Form.REPORT_ACCEPTED.name(), true,
                        AnnualReportProcess.Form.REVIEW_REMARKS.name(), "Received in time"));
            }
        }
    }

    /** PM-13: the term expires, the province holds the acceptance and hands the materials to SIPO the same day. */
    private void accept(DemoHolder holder, Acceptance acceptance, String instanceId) {
        Job expiry = managementService.createJobQuery().processInstanceId(instanceId)
                .activityId(PilotCityRoundProcess.TIMER_TERM_EXPIRES).executable().singleResult();
        managementService.executeJob(expiry.getId());
        String on = acceptance.endedOn().toString();
        complete(task(holder.id(), PilotCityRoundProcess.TASK_HOLD_ACCEPTANCE),
                Map.of(Vars.ACCEPTANCE_SCORE.name(), acceptance.score(), Vars.ACCEPTANCE_ENDED_ON.name(), on));
        complete(task(holder.id(), PilotCityRoundProcess.TASK_HAND_OVER),
                Map.of(Vars.HANDED_OVER_ON.name(), on,
                        MATERIALS_REFERENCE, document(holder, acceptance.endedOn().getYear())));
    }

    static String document(DemoHolder holder, int year) {
        return holder.name() + " Zheng Fa [" + year + "] No. 12";
    }

    /**
     * SIPO's yearly examination round (PM-23) of each past year the model term waits for, opened as SIPO opens it,
     * unless an earlier holder's round of that year already opened this city's examination.
     */
    private void openExaminationRounds(DemoHolder holder, String instanceId, int lastReportYear) {
        for (var waiting : runtimeService.createExecutionQuery().processInstanceId(instanceId)
                .activityId(ModelCityTermProcess.TASK_AWAIT_EXAMINATION).list()) {
            int examined = ModelCityTermProcess.Vars.EXAMINED_YEAR.from(runtimeService.getVariablesLocal(waiting.getId()));
            if (examined + 1 <= lastReportYear && tasks(holder.id(), ModelCityExaminationProcess.TASK_EXAMINE).isEmpty()) {
                runtimeService.startProcessInstanceByKey(ModelExaminationRoundProcess.KEY, Map.of(
                        ModelExaminationRoundProcess.Vars.EXAMINATION_YEAR.name(), examined));
            }
        }
    }

    private int reportYear(Task task) {
        return ((Number) taskService.getVariable(task.getId(), AnnualReportProcess.In.REPORT_YEAR.name())).intValue();
    }

    private List<Task> tasks(String businessKey, String... taskKeys) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKeyIn(taskKeys)
                .orderByTaskCreateTime().asc().list();
    }

    private Task task(String businessKey, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
                .singleResult();
    }

    private Task taskOf(String processInstanceId, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .singleResult();
    }

    private void complete(Task task, Map<String, Object> variables) {
        taskService.complete(task.getId(), variables);
    }
}
