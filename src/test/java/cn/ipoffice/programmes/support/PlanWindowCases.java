package cn.ipoffice.programmes.support;

import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Pilot rounds whose term has expired and that wait for the next-stage plan (PM-15, PM-16), as an
 * office brings its running cases over: the case starts at {@code Task_RecordNextStagePlan}, and its
 * PM-17 timer closes the 6-month window. When that timer fires the title is withdrawn and a ban
 * recorded, so it is the timer that writes the register.
 */
public final class PlanWindowCases {

    private PlanWindowCases() {
    }

    /** Enters the holder with its round-1 title in the register. */
    public static void enterPilotCity(Register register, String holderId, String name, LocalDate termStart) {
        register.enterHolder(holderId, name, HolderKind.PREFECTURE_LEVEL_CITY);
        register.grant(holderId, Title.PILOT_CITY, DeadlineCalendar.term(termStart, 3), 1, "PM-7",
                "bring-over:" + holderId, null);
    }

    /** Starts the round at the plan window; returns the process instance id. */
    public static String startAtPlanWindow(RuntimeService runtime, String holderId, String name, LocalDate termStart) {
        var term = DeadlineCalendar.term(termStart, 3);
        return runtime.createProcessInstanceByKey(PilotCityRoundProcess.KEY).businessKey(holderId)
                .setVariables(Map.of(CaseVariables.HOLDER_ID.name(), holderId, CaseVariables.HOLDER_NAME.name(), name,
                        CaseVariables.SUPERVISOR_GROUP.name(), "province-" + holderId.substring(0, 2),
                        CaseVariables.ROUND.name(), 1, CaseVariables.TERM_START.name(), term.start().toString(),
                        CaseVariables.TERM_END.name(), term.lastDay().toString(), CaseVariables.WORK_PLAN_OWED.name(), false))
                .startBeforeActivity(PilotCityRoundProcess.TASK_RECORD_NEXT_STAGE)
                .execute().getId();
    }
}
