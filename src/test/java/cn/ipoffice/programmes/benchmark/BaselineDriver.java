package cn.ipoffice.programmes.benchmark;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import org.camunda.bpm.engine.ProcessEngine;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Figure 1's baseline: the same wait states and timers in {@link BaselineRound}, no-op delegates. */
final class BaselineDriver extends LifecycleDriver {

    BaselineDriver(ProcessEngine engine) {
        super(engine);
    }

    @Override
    void start(String code) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("workPlanDue", Date.from(DeadlineCalendar.withinMonths(LocalDate.of(2025, 3, 1), 2)));
        for (int year = 1; year <= 3; year++) {
            variables.put("year" + year, Date.from(LocalDate.of(2025 + year, 1, 1).atStartOfDay(DeadlineCalendar.CHINA)
                    .toInstant()));
        }
        variables.put("termExpires", Date.from(LocalDate.of(2028, 3, 1).atStartOfDay(DeadlineCalendar.CHINA).toInstant()));
        engine.getRuntimeService().startProcessInstanceByKey(BaselineRound.KEY, code, variables);
    }

    @Override
    String workPlanTask() {
        return "Task_RecordWorkPlan";
    }

    @Override
    List<Map.Entry<String, IntFunction<Map<String, Object>>>> yearTasks() {
        return List.of(Map.entry("Task_SubmitReport", year -> Map.of()), Map.entry("Task_ReviewReport", year -> Map.of()),
                Map.entry("Task_Assess", year -> Map.of()));
    }

    @Override
    protected void completeAll(String taskKey, Map<String, Object> variables) {
        super.completeAll(taskKey, variables);
        for (int year = 1; year <= 3; year++) {
            super.completeAll(taskKey + year, variables);
        }
    }

    @Override
    List<Map.Entry<String, Map<String, Object>>> endTasks() {
        return List.of(Map.entry("Task_HoldAcceptance", Map.of("score", 59)), Map.entry("Task_HandOver", Map.of()));
    }

    @Override
    void verifyAllDecided(int cases) {
        long running = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(BaselineRound.KEY).count();
        if (running != 0) {
            throw new IllegalStateException(running + " baseline rounds were not decided");
        }
    }
}
