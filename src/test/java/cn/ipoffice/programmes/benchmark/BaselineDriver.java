package cn.ipoffice.programmes.benchmark;

import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.deadlines.Term;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * The baseline side of figures 1 and 2: {@link BaselineRound}, driven through the same tasks with the
 * same submitted values as the real round. It has no holder, so no authorization is granted for it.
 */
final class BaselineDriver extends LifecycleDriver {

    private final RealRoundDriver same;

    BaselineDriver(ProcessEngine engine) {
        super(engine);
        this.same = new RealRoundDriver(engine, null);
    }

    static void deploy(ProcessEngine engine) {
        engine.getRepositoryService().createDeployment().name("benchmark-baseline")
                .addModelInstance(BaselineRound.REPORT_KEY + ".bpmn", BaselineRound.report())
                .addModelInstance(BaselineRound.KEY + ".bpmn", BaselineRound.round()).deploy();
    }

    @Override
    void start(String code) {
        startRound(engine, code, true);
    }

    /** A baseline round, without holder, over the same term as the real one; the work plan owed or not. */
    static void startRound(ProcessEngine engine, String code, boolean workPlanOwed) {
        Term term = DeadlineCalendar.term(LocalDate.of(2025, 3, 1), 3);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.HOLDER_NAME.name(), "City " + code);
        variables.put(CaseVariables.ROUND.name(), 1);
        variables.put(CaseVariables.TERM_START.name(), term.start().toString());
        variables.put(CaseVariables.TERM_END.name(), term.lastDay().toString());
        variables.put(CaseVariables.OBLIGATIONS_FROM.name(), term.start().toString());
        variables.put(CaseVariables.WORK_PLAN_OWED.name(), workPlanOwed);
        engine.getRuntimeService().startProcessInstanceByKey(BaselineRound.KEY, variables);
    }

    @Override
    String[] processKeys() {
        return new String[] {BaselineRound.KEY, BaselineRound.REPORT_KEY};
    }

    @Override
    String workPlanTask() {
        return PilotCityRoundProcess.TASK_RECORD_WORK_PLAN;
    }

    @Override
    protected void completeAll(String taskKey, Map<String, Object> variables) {
        Map<String, Object> values = new HashMap<>(RealRoundDriver.submitted(taskKey, variables));
        if (taskKey.equals(PilotCityRoundProcess.TASK_HOLD_ACCEPTANCE)) {
            // The no-op band delegate decides nothing; the score 59 withdraws the title as in the real round.
            values.put(Vars.ACCEPTANCE_BAND.name(), "WITHDRAWAL");
        }
        super.completeAll(taskKey, values);
    }

    @Override
    List<Map.Entry<String, IntFunction<Map<String, Object>>>> yearTasks() {
        return same.yearTasks();
    }

    @Override
    List<Map.Entry<String, Map<String, Object>>> endTasks() {
        return same.endTasks();
    }

    @Override
    void verifyAllDecided(int cases) {
        long running = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(BaselineRound.KEY).count();
        long finished = engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId(PilotCityRoundProcess.END_TITLE_WITHDRAWN).count();
        if (running != 0) {
            throw new IllegalStateException(running + " baseline rounds were not decided");
        }
        if (finished < cases) {
            throw new IllegalStateException("Only " + finished + " of " + cases + " rounds ended at the withdrawal");
        }
    }
}
