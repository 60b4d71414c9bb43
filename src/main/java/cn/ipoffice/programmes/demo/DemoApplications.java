package cn.ipoffice.programmes.demo;

import cn.ipoffice.programmes.demo.DemoPlan.Application;
import cn.ipoffice.programmes.demo.DemoPlan.DemoHolder;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Apply;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Decide;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Materials;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/**
 * The demo's pilot-city applications (PM-3 to PM-7): filed today by an eligible city and taken through
 * the provincial office's steps up to the task the demo leaves them at. An applicant is not in the
 * register: the register learns of a city when SIPO approves it. Its PM-5(v) rank comes from SIPO's figures of
 * the previous year ({@link DemoRecords#figures}), recorded before it files.
 */
final class DemoApplications {

    private final RuntimeService runtimeService;
    private final TaskService taskService;

    DemoApplications(RuntimeService runtimeService, TaskService taskService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    void file(DemoHolder holder, Application application, LocalDate today) {
        Map<String, Object> form = new HashMap<>();
        form.put(Apply.CITY_CODE.name(), holder.id());
        form.put(Apply.CITY_NAME.name(), holder.name());
        form.put(Apply.CITY_KIND.name(), holder.kind().name());
        List.of(Apply.LEADERS_GIVE_PRIORITY, Apply.ADMINISTRATION_INTERMEDIATE, Apply.PATENT_QUALITY_RESULTS,
                Apply.IP_OPERATION_RESULTS).forEach(condition -> form.put(condition.name(), true));
        form.put(Apply.FEATURED_THEMES.name(), application.themes());
        form.put(Apply.WORK_PLAN_REFERENCE.name(), DemoCases.document(holder, today.getYear()));
        // The business key is the city's from the start, as the eligibility check would set it.
        runtimeService.startProcessInstanceByKey(PilotCityApplicationProcess.KEY, holder.id(), form);
        for (Map.Entry<String, Map<String, Object>> step : provincialSteps(today).entrySet()) {
            if (step.getKey().equals(application.waitsAt())) {
                return;
            }
            String taskId = taskService.createTaskQuery().processInstanceBusinessKey(holder.id())
                    .taskDefinitionKey(step.getKey()).singleResult().getId();
            taskService.complete(taskId, step.getValue());
        }
    }

    /** PM-6: investigation, expert deliberation and the filing with the five materials, in this order. */
    private static Map<String, Map<String, Object>> provincialSteps(LocalDate today) {
        Map<String, Map<String, Object>> steps = new LinkedHashMap<>();
        steps.put(PilotCityApplicationProcess.TASK_INVESTIGATE, Map.of(Decide.INVESTIGATION_OUTCOME.name(), "RECOMMEND",
                "investigationRemarks", "Leaders committed, IP administration in place, pledge financing growing"));
        steps.put(PilotCityApplicationProcess.TASK_DELIBERATE, Map.of(Decide.DELIBERATION_OUTCOME.name(),
                "PLAN_APPROVED", "deliberationRemarks", "The featured themes fit the city's industries"));
        steps.put(PilotCityApplicationProcess.TASK_FILE, Map.of(Materials.RECOMMENDATION_LETTER.name(), true,
                Materials.APPLICATION_LETTER.name(), true, Materials.WORK_PLAN.name(), true,
                Materials.BASIC_STATUS_TABLE.name(), true, Materials.CERTIFICATION_MATERIALS.name(), true,
                "filedOn", today.toString()));
        return steps;
    }
}
