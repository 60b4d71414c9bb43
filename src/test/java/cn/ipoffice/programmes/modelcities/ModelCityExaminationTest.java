package cn.ipoffice.programmes.modelcities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.CaseTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

/**
 * SIPO's yearly examination of a model city (PM-23, I-8) and what the reexamination makes of it (PM-18(vii), PM-28):
 * each city comes to its model title through the offices' forms ({@link ModelCityPath}), and SIPO's examinations are
 * the only grades of its model years. PM-18(vii) asks for "excellent" at least twice in the last three years.
 */
class ModelCityExaminationTest extends CaseTest {

    @Test
    void pm23_i8_theExaminationRecordsGradePatentStrengthAndTargets_forTheYearExamined() {
        ModelCityPath hangzhou = new ModelCityPath(cases, "330100", "Hangzhou").toModelTitleOn10March2020();
        hangzhou.sipoExamines(2021, "EXCELLENT", 412.5, 95.25);

        assertThat(hangzhou.onRecord().get("examinations")).singleElement().satisfies(examination -> {
            assertThat(examination.get("year").asInt()).as("the year before the report year").isEqualTo(2020);
            assertThat(examination.get("grade").asText()).isEqualTo("EXCELLENT");
            assertThat(examination.get("patentStrengthIndex").decimalValue()).isEqualByComparingTo("412.5");
            assertThat(examination.get("targetsMetPercent").decimalValue()).isEqualByComparingTo("95.25");
        });
        // The form's values stay with its task: next year's examination starts empty.
        cases.at("2022-01-01T00:00", "330100");
        assertThat(cases.shown("330100", ModelCityTermProcess.TASK_EXAMINE, "examinationGrade")).isNull();
        assertThat(cases.shown("330100", ModelCityTermProcess.TASK_EXAMINE, "reportYear")).isEqualTo(2022);
    }

    @Test
    void pm23_theExaminationIsHeldToItsFormOnTheServer_aRefusedOneRecordsNothing() {
        ModelCityPath ningbo = new ModelCityPath(cases, "330200", "Ningbo").toModelTitleOn10March2020();
        cases.at("2021-01-01T00:00", "330200");
        Map<String, Object> off = new HashMap<>(ModelCityPath.examination("GOOD", 1000.125, 100.5));
        off.put("examinationOpinion", "GOOD");

        assertThatThrownBy(() -> cases.submit("330200", ModelCityTermProcess.TASK_EXAMINE, off))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("(examinationGrade) must be one of [AVERAGE, EXCELLENT, POOR], got 'GOOD'")
                .hasMessageContaining("(patentStrengthIndex) may have at most 2 decimals, got 1000.125")
                .hasMessageContaining("(patentStrengthIndex) must be at most 1000")
                .hasMessageContaining("(targetsMetPercent) must be at most 100, got 100.5")
                .hasMessageContaining("'examinationOpinion' is not a field of the form 'model-examination'");
        assertThatThrownBy(() -> cases.submit("330200", ModelCityTermProcess.TASK_EXAMINE,
                Map.of("examinationGrade", "AVERAGE")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("(patentStrengthIndex) is required").hasMessageContaining("(targetsMetPercent) is required");
        assertThat(ningbo.onRecord().get("examinations")).isEmpty();

        cases.submit("330200", ModelCityTermProcess.TASK_EXAMINE, ModelCityPath.examination("POOR", 1000, 0));
        assertThat(ningbo.onRecord().get("examinations")).extracting(e -> tuple(e.get("year").asInt(),
                e.get("grade").asText())).containsExactly(tuple(2020, "POOR"));
    }

    @Test
    void pm28_pm18vii_twoExcellentExaminationsOfThree_areEnough_theReexaminationPasses() {
        ModelCityPath qingdao = new ModelCityPath(cases, "370200", "Qingdao").toModelTitleOn10March2020();
        qingdao.sipoExamines(2021, "EXCELLENT", 412.5, 95);
        qingdao.sipoExamines(2022, "AVERAGE", 398, 80);
        qingdao.sipoExamines(2023, "EXCELLENT", 430, 100);

        String recheck = qingdao.appliesForReexamination("2023-03-10T00:00", "2023-04-03");
        assertThat(recheck).startsWith("Met - PM-18: all nine conditions are met").doesNotContain("NOT MET")
                .contains("Basis (PM-28(ii)) - 2021: SIPO's examination (PM-23): average, patent strength index 398,"
                        + " 80 % of the work plan's targets met");
        qingdao.reexamined("PASS", "2023-06-01");
        assertThat(register.designationsOf("370200")).filteredOn(d -> d.getTitle() == Title.MODEL_CITY)
                .extracting(d -> tuple(d.getRound(), d.getStatus(), d.getTermStart())).containsExactly(
                        tuple(1, DesignationStatus.COMPLETED, LocalDate.of(2020, 3, 10)),
                        tuple(2, DesignationStatus.ACTIVE, LocalDate.of(2023, 3, 10)));
    }

    @Test
    void pm28_pm18vii_oneExcellentExaminationOfThree_isNotEnough_aPassIsRefused_theCityFails() {
        ModelCityPath xiamen = new ModelCityPath(cases, "350200", "Xiamen").toModelTitleOn10March2020();
        xiamen.sipoExamines(2021, "EXCELLENT", 412.5, 95);
        xiamen.sipoExamines(2022, "AVERAGE", 398, 80);
        xiamen.sipoExamines(2023, "AVERAGE", 401, 90);

        String recheck = xiamen.appliesForReexamination("2023-03-10T00:00", "2023-04-03");
        assertThat(recheck).isEqualTo("NOT MET - PM-18(vii): 1 excellent grade(s) in the annual assessments and SIPO's"
                + " examinations of the last 3 years (I-8); at least 2 are required\n"
                + "Basis (PM-28(ii)) - 2020: SIPO's examination (PM-23): excellent, patent strength index 412.5,"
                + " 95 % of the work plan's targets met\n"
                + "Basis (PM-28(ii)) - 2021: SIPO's examination (PM-23): average, patent strength index 398,"
                + " 80 % of the work plan's targets met\n"
                + "Basis (PM-28(ii)) - 2022: SIPO's examination (PM-23): average, patent strength index 401,"
                + " 90 % of the work plan's targets met");
        assertThatThrownBy(() -> xiamen.reexamined("PASS", "2023-06-01"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("PM-28").hasMessageContaining("PM-18(vii)");
        assertThat(register.activeDesignation("350200", Title.MODEL_CITY)).isPresent();

        xiamen.reexamined("FAIL", "2023-06-01");
        JsonNode onRecord = xiamen.onRecord();
        assertThat(onRecord.get("bans")).singleElement().satisfies(ban -> {
            assertThat(ban.get("ruleId").asText()).isEqualTo("PM-29");
            assertThat(ban.get("until").asText()).isEqualTo("2025-05-31");
        });
    }
}
