package cn.ipoffice.programmes.modelcities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Decide;
import cn.ipoffice.programmes.modelcities.ModelCityTermProcess.Vars;
import cn.ipoffice.programmes.pilotcities.DemonstrationFosteringProcess;
import cn.ipoffice.programmes.register.AssessmentCategory;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Grade;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * A city's way through the model title: fostering, model city in 2020, reexamination passed in 2023,
 * failed in 2026, banned from the model title until 2028, while free to apply as a pilot city.
 */
class ModelCityJourneyTest extends CaseTest {

    private static final String SUZHOU = "320500";

    private ListAssert<Tuple> history() {
        return assertThat(register.designationsOf(SUZHOU).stream().filter(d -> d.getTitle() != Title.PILOT_CITY)
                .map(d -> tuple(d.getTitle(), d.getRound(), d.getStatus(), d.getTermStart(), d.getTermEnd())).toList());
    }

    private void reexamine(String expiresAt, String appliedAt, String decision, String decidedOn) {
        cases.at(expiresAt, SUZHOU);
        EngineClock.setTo(appliedAt);
        Map<String, Object> form = new HashMap<>(ModelCityFixtures.attested("86"));
        form.put("reexaminationAppliedOn", appliedAt.substring(0, 10));
        cases.complete(SUZHOU, ModelCityTermProcess.TASK_APPLY_REEXAMINATION, form);
        EngineClock.setTo(decidedOn + "T10:00");
        cases.complete(SUZHOU, ModelCityTermProcess.TASK_REEXAMINE, Map.of(Vars.REEXAMINATION_DECISION.name(), decision,
                Vars.REEXAMINED_ON.name(), decidedOn, "reexaminationRemarks", "Assessments, patent strength and targets", "fieldVisit", true));
    }

    @Test
    void fostering_model2020_passedReexamination2023_failed2026_bannedUntil2028() {
        EngineClock.setTo("2020-01-15T09:00");
        ModelCityFixtures.figures2019(register);
        ModelCityFixtures.fosteringCity(register, SUZHOU, "Suzhou");
        cases.startCase(DemonstrationFosteringProcess.KEY, SUZHOU, "Suzhou", LocalDate.of(2018, 6, 1), false, "province-32");
        engine.getRuntimeService().startProcessInstanceByKey(ModelCityApplicationProcess.KEY,
                ModelCityFixtures.application(SUZHOU, "86.5"));
        cases.complete(SUZHOU, ModelCityApplicationProcess.TASK_RECOMMEND,
                Map.of(Decide.RECOMMENDATION.name(), "RECOMMEND", "recommendationRemarks", "Best of the province"));
        EngineClock.setTo("2020-03-12T09:00");
        cases.complete(SUZHOU, ModelCityApplicationProcess.TASK_SELECT,
                Map.of(Decide.SELECTION.name(), "SELECT", Decide.REPLY_NOTICE_DATE.name(), "2020-03-10"));
        history().containsExactly(
                tuple(Title.DEMONSTRATION_FOSTERING, 1, DesignationStatus.COMPLETED, LocalDate.of(2018, 6, 1), LocalDate.of(2021, 5, 31)),
                tuple(Title.MODEL_CITY, 1, DesignationStatus.ACTIVE, LocalDate.of(2020, 3, 10), LocalDate.of(2023, 3, 9)));
        assertThat(cases.runningCount(DemonstrationFosteringProcess.KEY, SUZHOU)).isZero();
        cases.complete(SUZHOU, ModelCityTermProcess.TASK_RECORD_WORK_PLAN, Map.of("modelPlanIssuedOn", "2020-03-12",
                "modelPlanReference", "Su Fu Fa [2020] No. 30", "mechanismEstablished", true));

        register.recordAssessment(SUZHOU, 2020, Grade.EXCELLENT, AssessmentCategory.PREFECTURE_LEVEL, 1, 13);
        register.recordAssessment(SUZHOU, 2021, Grade.AVERAGE, AssessmentCategory.PREFECTURE_LEVEL, 3, 13);
        register.recordAssessment(SUZHOU, 2022, Grade.EXCELLENT, AssessmentCategory.PREFECTURE_LEVEL, 1, 13);
        ModelCityFixtures.figures(register, 2022);
        reexamine("2023-03-10T00:00", "2023-04-03T09:00", "PASS", "2023-06-01");
        history().containsExactly(
                tuple(Title.DEMONSTRATION_FOSTERING, 1, DesignationStatus.COMPLETED, LocalDate.of(2018, 6, 1), LocalDate.of(2021, 5, 31)),
                tuple(Title.MODEL_CITY, 1, DesignationStatus.COMPLETED, LocalDate.of(2020, 3, 10), LocalDate.of(2023, 3, 9)),
                tuple(Title.MODEL_CITY, 2, DesignationStatus.ACTIVE, LocalDate.of(2023, 3, 10), LocalDate.of(2026, 3, 9)));

        ModelCityFixtures.figures(register, 2025);
        register.recordFigures(SUZHOU, 2025, new BigDecimal("62"), new BigDecimal("300000"));
        reexamine("2026-03-10T00:00", "2026-04-01T09:00", "FAIL", "2026-06-15");
        history().containsExactly(
                tuple(Title.DEMONSTRATION_FOSTERING, 1, DesignationStatus.COMPLETED, LocalDate.of(2018, 6, 1), LocalDate.of(2021, 5, 31)),
                tuple(Title.MODEL_CITY, 1, DesignationStatus.COMPLETED, LocalDate.of(2020, 3, 10), LocalDate.of(2023, 3, 9)),
                tuple(Title.MODEL_CITY, 2, DesignationStatus.WITHDRAWN, LocalDate.of(2023, 3, 10), LocalDate.of(2026, 3, 9)));
        assertThat(register.bansOf(SUZHOU)).singleElement().satisfies(ban -> {
            assertThat(ban.getTitleScope()).isEqualTo(Title.MODEL_CITY);
            assertThat(ban.getLastDay()).isEqualTo(LocalDate.of(2028, 6, 14));
        });
        assertThat(register.banOn(SUZHOU, Title.MODEL_CITY, LocalDate.of(2028, 6, 14))).isPresent();
        assertThat(register.banOn(SUZHOU, Title.MODEL_CITY, LocalDate.of(2028, 6, 15))).isEmpty();
        // Bans are per title: the city may still apply as a pilot city.
        assertThat(register.banOn(SUZHOU, Title.PILOT_CITY, LocalDate.of(2026, 7, 1))).isEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(SUZHOU)
                .processDefinitionKey(ModelCityTermProcess.KEY).count()).isZero();
    }
}
