package cn.ipoffice.programmes.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.deadlines.Term;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * A city's cases as a reviewer meets them: by business key (the city's code), across the application,
 * its rounds, fostering and the annual reports they call.
 */
public final class Cases {

    private final ProcessEngine engine;

    public Cases(ProcessEngine engine) {
        this.engine = engine;
    }

    /**
     * Starts a term process (a pilot round or a fostering cycle) for a city as its predecessor would,
     * with the city and its title already in the register.
     */
    public ProcessInstance startTerm(String processKey, String code, String name, Title title, String ruleId,
            LocalDate termStart, boolean workPlanOwed) {
        return startTerm(processKey, code, name, HolderKind.PREFECTURE_LEVEL_CITY, title, ruleId, termStart, workPlanOwed,
                "province-" + code.substring(0, 2));
    }

    /** A cluster area's term: supervised by SIPO, with its provincial department beside it. */
    public ProcessInstance startAreaTerm(String processKey, String areaId, String name, Title title, String ruleId,
            LocalDate termStart) {
        return startTerm(processKey, areaId, name, HolderKind.HI_TECH_ZONE, title, ruleId, termStart, false, "sipo");
    }

    private ProcessInstance startTerm(String processKey, String code, String name, HolderKind kind, Title title,
            String ruleId, LocalDate termStart, boolean workPlanOwed, String supervisor) {
        Register register = SpringEngine.bean(Register.class);
        register.enterHolder(code, name, kind);
        register.grant(code, title, DeadlineCalendar.term(termStart, 3), 1, ruleId, "test:" + ruleId + ":" + code, null);
        return startCase(processKey, code, name, termStart, workPlanOwed, supervisor);
    }

    /** Starts a term process for a city whose register entries are already there. */
    public ProcessInstance startCase(String processKey, String code, String name, LocalDate termStart, boolean workPlanOwed,
            String supervisor) {
        Term term = DeadlineCalendar.term(termStart, 3);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.HOLDER_ID.name(), code);
        variables.put(CaseVariables.HOLDER_NAME.name(), name);
        variables.put(CaseVariables.SUPERVISOR_GROUP.name(), supervisor);
        variables.put(CaseVariables.PROVINCE_GROUP.name(), "province-" + code.substring(0, 2));
        variables.put(CaseVariables.ROUND.name(), 1);
        variables.put(CaseVariables.TERM_START.name(), term.start().toString());
        variables.put(CaseVariables.TERM_END.name(), term.lastDay().toString());
        variables.put(CaseVariables.WORK_PLAN_OWED.name(), workPlanOwed);
        variables.put(CaseVariables.OBLIGATIONS_FROM.name(), term.start().toString());
        return engine.getRuntimeService().startProcessInstanceByKey(processKey, code, variables);
    }

    /** The running case of a process for a city. */
    public ProcessInstance running(String processKey, String cityCode) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(cityCode).active().singleResult();
    }

    public long runningCount(String processKey, String cityCode) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(cityCode).count();
    }

    /** The one open task with this definition key among the city's cases. */
    public Task task(String cityCode, String taskKey) {
        List<Task> tasks = tasks(cityCode, taskKey);
        assertThat(tasks).as("open " + taskKey + " tasks of " + cityCode).hasSize(1);
        return tasks.get(0);
    }

    public List<Task> tasks(String cityCode, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(cityCode)
                .taskDefinitionKey(taskKey).orderByTaskCreateTime().asc().list();
    }

    public void complete(String cityCode, String taskKey, Map<String, Object> variables) {
        engine.getTaskService().complete(task(cityCode, taskKey).getId(), variables);
    }

    /** Opens a case through its start form, as Tasklist's Start process does: the latest version of the process. */
    public void apply(String processKey, Map<String, Object> startForm) {
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult().getId();
        engine.getFormService().submitStartForm(definitionId, startForm);
    }

    /** Submits the form of the city's one open task with this key, as Tasklist does. */
    public void submit(String cityCode, String taskKey, Map<String, Object> form) {
        engine.getFormService().submitTaskForm(task(cityCode, taskKey).getId(), form);
    }

    /** What the form of the city's one open task with this key shows, as Tasklist reads it. */
    public Object shown(String cityCode, String taskKey, String field) {
        return engine.getFormService().getTaskFormVariables(task(cityCode, taskKey).getId()).getValue(field, Object.class);
    }

    /** Moves the engine clock (China Standard Time) and runs the city's jobs that are due by then. */
    public int at(String cstDateTime, String cityCode) {
        EngineClock.setTo(cstDateTime);
        return runDueJobs(cityCode);
    }

    /**
     * Runs the city's due jobs one at a time, the earliest deadline first, as the job executor would;
     * a job may end the jobs after it (a withdrawal cancels the term's timers).
     */
    public int runDueJobs(String cityCode) {
        for (int ran = 0; ran < 500; ran++) {
            Optional<Job> next = engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(cityCode).list().stream()
                    .flatMap(instance -> engine.getManagementService().createJobQuery()
                            .processInstanceId(instance.getId()).executable().list().stream())
                    .min(Comparator.comparing(Job::getDuedate, Comparator.nullsFirst(Comparator.naturalOrder())));
            if (next.isEmpty()) {
                return ran;
            }
            engine.getManagementService().executeJob(next.get().getId());
        }
        throw new IllegalStateException("Jobs keep coming due for " + cityCode);
    }
}
