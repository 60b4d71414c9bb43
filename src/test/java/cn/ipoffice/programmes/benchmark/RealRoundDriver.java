package cn.ipoffice.programmes.benchmark;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.deadlines.Term;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.ProcessEngine;

/** Figure 1's product side: the real {@code pilot-city-round} with its forms, delegates and register. */
final class RealRoundDriver extends LifecycleDriver {

    private static final String TEXT = "Summary of the year's work, in twenty characters or more.";

    private final Register register;

    RealRoundDriver(ProcessEngine engine, Register register) {
        super(engine);
        this.register = register;
    }

    @Override
    void start(String code) {
        startRound(engine, register, code, true);
    }

    /** A round 1 for holder {@code code}, entered in the register with its title; the work plan owed or not. */
    static void startRound(ProcessEngine engine, Register register, String code, boolean workPlanOwed) {
        Term term = DeadlineCalendar.term(LocalDate.of(2025, 3, 1), 3);
        register.enterHolder(code, "City " + code, HolderKind.PREFECTURE_LEVEL_CITY);
        register.grant(code, Title.PILOT_CITY, term, 1, "PM-7", "benchmark:" + code, null);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.HOLDER_ID.name(), code);
        variables.put(CaseVariables.HOLDER_NAME.name(), "City " + code);
        variables.put(CaseVariables.SUPERVISOR_GROUP.name(), "province-" + code.substring(0, 2));
        variables.put(CaseVariables.PROVINCE_GROUP.name(), "province-" + code.substring(0, 2));
        variables.put(CaseVariables.ROUND.name(), 1);
        variables.put(CaseVariables.TERM_START.name(), term.start().toString());
        variables.put(CaseVariables.TERM_END.name(), term.lastDay().toString());
        variables.put(CaseVariables.OBLIGATIONS_FROM.name(), term.start().toString());
        variables.put(CaseVariables.WORK_PLAN_OWED.name(), workPlanOwed);
        engine.getRuntimeService().startProcessInstanceByKey(PilotCityRoundProcess.KEY, code, variables);
    }

    @Override
    String[] processKeys() {
        return new String[] {PilotCityRoundProcess.KEY, AnnualReportProcess.KEY};
    }

    @Override
    String workPlanTask() {
        return PilotCityRoundProcess.TASK_RECORD_WORK_PLAN;
    }

    @Override
    protected void completeAll(String taskKey, Map<String, Object> variables) {
        super.completeAll(taskKey, submitted(taskKey, variables));
    }

    /** What is submitted on a task: the work plan's form values, else {@code variables}. */
    static Map<String, Object> submitted(String taskKey, Map<String, Object> variables) {
        if (taskKey.equals(PilotCityRoundProcess.TASK_RECORD_WORK_PLAN)) {
            return Map.of(Vars.PLAN_ISSUED_ON.name(), "2025-03-01", Vars.PLAN_REFERENCE.name(), "Zheng Fa [2025] No. 1",
                    Vars.MECHANISM_ESTABLISHED.name(), true);
        }
        return variables;
    }

    @Override
    List<Map.Entry<String, IntFunction<Map<String, Object>>>> yearTasks() {
        return List.of(
                Map.entry(AnnualReportProcess.TASK_SUBMIT, year -> Map.of(AnnualReportProcess.Form.WORK_SUMMARY.name(), TEXT,
                        AnnualReportProcess.Form.CURRENT_YEAR_PLAN.name(), TEXT)),
                Map.entry(AnnualReportProcess.TASK_REVIEW, year -> Map.of(AnnualReportProcess.Form.REPORT_ACCEPTED.name(), true)));
    }

    @Override
    List<Map.Entry<String, Map<String, Object>>> endTasks() {
        return List.of(
                Map.entry(PilotCityRoundProcess.TASK_HOLD_ACCEPTANCE,
                        Map.of(Vars.ACCEPTANCE_SCORE.name(), 59, Vars.ACCEPTANCE_ENDED_ON.name(), "2028-04-15")),
                Map.entry(PilotCityRoundProcess.TASK_HAND_OVER,
                        Map.of(Vars.HANDED_OVER_ON.name(), "2028-04-15", "materialsReference", "Zhi [2028] No. 8")));
    }

    @Override
    void verifyAllDecided(int cases) {
        long running = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PilotCityRoundProcess.KEY)
                .count();
        long withdrawn = register.allDesignations().stream().filter(d -> d.getStatus() == DesignationStatus.WITHDRAWN).count();
        if (running != 0 || withdrawn < cases) {
            throw new IllegalStateException("Not every round was decided: " + running + " running, " + withdrawn
                    + " withdrawn of " + cases);
        }
    }
}
