package cn.ipoffice.programmes.pilotcities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess.Decide;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.SipoCalls;
import cn.ipoffice.programmes.support.SipoFigures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * One city's whole path: applies in 2019, round 1 scored 65, round 2 scored 75, demonstration
 * fostering, a second fostering round; the register's history checked at every step.
 */
class PilotCityJourneyTest extends CaseTest {

    private static final String WUXI = "320200";

    private ListAssert<Tuple> history() {
        return assertThat(register.designationsOf(WUXI).stream().map(d -> tuple(d.getTitle(), d.getRound(),
                d.getStatus(), d.getTermStart(), d.getTermEnd())).toList());
    }

    private void accept(String expiresAt, double score, String endedOn) {
        cases.at(expiresAt, WUXI);
        EngineClock.setTo(endedOn + "T15:00");
        cases.submit(WUXI, PilotCityRoundProcess.TASK_HOLD_ACCEPTANCE,
                Map.of(Vars.ACCEPTANCE_SCORE.name(), score, Vars.ACCEPTANCE_ENDED_ON.name(), endedOn));
        cases.submit(WUXI, PilotCityRoundProcess.TASK_HAND_OVER,
                Map.of(Vars.HANDED_OVER_ON.name(), endedOn,
                        "materialsReference", "Su Zhi [" + endedOn.substring(0, 4) + "] No. 3"));
    }

    private void recordNextStage(String stage, String issuedOn, String recordedAt) {
        EngineClock.setTo(recordedAt);
        cases.submit(WUXI, PilotCityRoundProcess.TASK_RECORD_NEXT_STAGE, Map.of(Vars.NEXT_STAGE.name(), stage,
                Vars.NEXT_STAGE_PLAN_ISSUED_ON.name(), issuedOn,
                "nextStageThemes", "Patents for the IoT industry cluster",
                "nextStagePlanReference", "Xi Zheng Fa [" + issuedOn.substring(0, 4) + "] No. 9"));
    }

    @Test
    void application2019_round1Scored65_round2Scored75_fostering_secondFosteringRound() {
        EngineClock.setTo("2019-03-04T09:00");
        SipoFigures.ofThePreviousYear(WUXI);
        cases.apply(PilotCityApplicationProcess.KEY,
                PilotCityApplicationTest.application(WUXI, "Wuxi", "PREFECTURE_LEVEL_CITY"));
        PilotCityApplicationTest.recommendAndFile(cases, WUXI);
        history().isEmpty();

        SipoCalls.pilotCities(engine).approve(WUXI, "2019-11-18");
        history().containsExactly(tuple(Title.PILOT_CITY, 1, DesignationStatus.ACTIVE, LocalDate.of(2019, 11, 18),
                LocalDate.of(2022, 11, 17)));

        EngineClock.setTo("2020-01-10T10:00");
        cases.submit(WUXI, PilotCityRoundProcess.TASK_RECORD_WORK_PLAN, Map.of(
                Vars.PLAN_ISSUED_ON.name(), "2020-01-08",
                Vars.PLAN_REFERENCE.name(), "Xi Zheng Fa [2020] No. 1", Vars.MECHANISM_ESTABLISHED.name(), true));

        accept("2022-11-18T00:00", 65, "2023-02-10");
        recordNextStage("NEW_ROUND", "2023-03-01", "2023-03-02T09:00");
        history().containsExactly(
                tuple(Title.PILOT_CITY, 1, DesignationStatus.COMPLETED, LocalDate.of(2019, 11, 18), LocalDate.of(2022, 11, 17)),
                tuple(Title.PILOT_CITY, 2, DesignationStatus.ACTIVE, LocalDate.of(2023, 3, 1), LocalDate.of(2026, 2, 28)));
        assertThat(cases.runningCount(PilotCityRoundProcess.KEY, WUXI)).isOne();

        accept("2026-03-01T00:00", 75, "2026-05-20");
        recordNextStage("FOSTERING", "2026-06-15", "2026-06-16T09:00");
        history().containsExactly(
                tuple(Title.PILOT_CITY, 1, DesignationStatus.COMPLETED, LocalDate.of(2019, 11, 18), LocalDate.of(2022, 11, 17)),
                tuple(Title.PILOT_CITY, 2, DesignationStatus.COMPLETED, LocalDate.of(2023, 3, 1), LocalDate.of(2026, 2, 28)),
                tuple(Title.DEMONSTRATION_FOSTERING, 1, DesignationStatus.ACTIVE, LocalDate.of(2026, 6, 15),
                        LocalDate.of(2029, 6, 14)));
        assertThat(cases.runningCount(PilotCityRoundProcess.KEY, WUXI)).isZero();

        cases.at("2029-06-15T00:00", WUXI);
        EngineClock.setTo("2029-09-02T09:00");
        cases.submit(WUXI, DemonstrationFosteringProcess.TASK_RECORD_FOSTERING_PLAN, Map.of(
                DemonstrationFosteringProcess.Vars.FOSTERING_PLAN_ISSUED_ON.name(), "2029-09-01",
                DemonstrationFosteringProcess.Vars.FOSTERING_PLAN_REFERENCE.name(), "Xi Zheng Fa [2029] No. 5"));
        history().containsExactly(
                tuple(Title.PILOT_CITY, 1, DesignationStatus.COMPLETED, LocalDate.of(2019, 11, 18), LocalDate.of(2022, 11, 17)),
                tuple(Title.PILOT_CITY, 2, DesignationStatus.COMPLETED, LocalDate.of(2023, 3, 1), LocalDate.of(2026, 2, 28)),
                tuple(Title.DEMONSTRATION_FOSTERING, 1, DesignationStatus.COMPLETED, LocalDate.of(2026, 6, 15),
                        LocalDate.of(2029, 6, 14)),
                tuple(Title.DEMONSTRATION_FOSTERING, 2, DesignationStatus.ACTIVE, LocalDate.of(2029, 9, 1),
                        LocalDate.of(2032, 8, 31)));
        assertThat(cases.runningCount(DemonstrationFosteringProcess.KEY, WUXI)).isOne();
        assertThat(register.bansOf(WUXI)).isEmpty();
        // The reports nobody submitted during the journey were escalated; each round's end closed its own.
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AnnualReportProcess.KEY)
                .processInstanceBusinessKey(WUXI).list()).extracting(p -> engine.getRuntimeService()
                .getVariable(p.getId(), AnnualReportProcess.In.REPORT_YEAR.name())).isEmpty();
        List<Designation> all = register.designationsOf(WUXI);
        assertThat(all).extracting(Designation::getRuleId).containsExactly("PM-7", "PM-16", "PM-15", "PM-15");
        assertThat(all).extracting(Designation::getStatusRuleId).containsExactly("PM-16", "PM-15", "PM-15", null);
    }
}
