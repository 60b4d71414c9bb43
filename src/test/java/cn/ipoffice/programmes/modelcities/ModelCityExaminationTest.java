package cn.ipoffice.programmes.modelcities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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
        // Each year is its own examination: next year's starts empty.
        cases.at("2022-01-01T00:00", "330100");
        assertThat(ModelCityPath.opensExaminationRound(2021).statusCode()).isEqualTo(200);
        assertThat(cases.shown("330100", ModelCityExaminationProcess.TASK_EXAMINE, "examinationGrade")).isNull();
        assertThat(cases.shown("330100", ModelCityExaminationProcess.TASK_EXAMINE, "examinationYear")).isEqualTo(2021);
    }

    @Test
    void pm23_theExaminationIsHeldToItsFormOnTheServer_aRefusedOneRecordsNothing() {
        ModelCityPath dalian = new ModelCityPath(cases, "210200", "Dalian").toModelTitleOn10March2020();
        cases.at("2021-01-01T00:00", "210200");
        assertThat(ModelCityPath.opensExaminationRound(2020).statusCode()).isEqualTo(200);
        Map<String, Object> off = new HashMap<>(ModelCityPath.examination("GOOD", 1000.125, 100.5));
        off.put("examinationOpinion", "GOOD");

        assertThatThrownBy(() -> cases.submit("210200", ModelCityExaminationProcess.TASK_EXAMINE, off))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("(examinationGrade) must be one of [AVERAGE, EXCELLENT, POOR], got 'GOOD'")
                .hasMessageContaining("(patentStrengthIndex) may have at most 2 decimals, got 1000.125")
                .hasMessageContaining("(patentStrengthIndex) must be at most 1000")
                .hasMessageContaining("(targetsMetPercent) must be at most 100, got 100.5")
                .hasMessageContaining("'examinationOpinion' is not a field of the form 'model-examination'");
        assertThatThrownBy(() -> cases.submit("210200", ModelCityExaminationProcess.TASK_EXAMINE,
                Map.of("examinationGrade", "AVERAGE")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("(patentStrengthIndex) is required").hasMessageContaining("(targetsMetPercent) is required");
        assertThat(dalian.onRecord().get("examinations")).isEmpty();

        cases.submit("210200", ModelCityExaminationProcess.TASK_EXAMINE, ModelCityPath.examination("POOR", 1000, 0));
        assertThat(dalian.onRecord().get("examinations")).extracting(e -> tuple(e.get("year").asInt(),
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

    @Test
    void pm23_theYearlyRound_opensOneExaminationForEveryModelCityWaiting_onlyForSipo_andNeverTwice() {
        new ModelCityPath(cases, "430100", "Changsha").toModelTitleOn10March2020();
        new ModelCityPath(cases, "420500", "Yichang").toModelTitleOn10March2020();
        cases.at("2021-01-01T00:00", "430100");
        cases.at("2021-01-01T00:00", "420500");

        long roundsBefore = rounds();
        // Another office, and the cities themselves, may not open SIPO's round: nothing is opened.
        assertThat(Http.member("pm23-zhejiang", "province-33").postJson(ROUND, year(2020)).statusCode()).isEqualTo(403);
        assertThat(Http.member("pm23-changsha", "gov-430100").postJson(ROUND, year(2020)).statusCode()).isEqualTo(403);
        assertThat(cases.tasks("430100", ModelCityExaminationProcess.TASK_EXAMINE)).isEmpty();
        assertThat(rounds()).isEqualTo(roundsBefore);

        assertThat(ModelCityPath.opensExaminationRound(2020).statusCode()).isEqualTo(200);
        for (String city : new String[] {"430100", "420500"}) {
            org.camunda.bpm.engine.task.Task examination = cases.task(city, ModelCityExaminationProcess.TASK_EXAMINE);
            BpmnAwareTests.assertThat(examination).hasCandidateGroup("sipo").hasName("Examine " + (city.equals("430100") ? "Changsha" : "Yichang")
                            + " for 2020 and monitor its patent strength (PM-23)");
        }
        long examinations = examinations();

        // A second round of the year opens nothing twice: refused, naming the field, and nothing changes.
        HttpResponse<String> again = ModelCityPath.opensExaminationRound(2020);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("examinationYear: no model city waits for an examination of 2020");
        assertThat(examinations()).isEqualTo(examinations);
        assertThat(rounds()).isEqualTo(roundsBefore + 1);
    }

    @Test
    void pm23_aYearIsExaminedFromItsLastMinute_onward_notBefore() {
        new ModelCityPath(cases, "410100", "Zhengzhou").toModelTitleOn10March2020();
        cases.at("2020-12-31T23:59", "410100");
        HttpResponse<String> early = ModelCityPath.opensExaminationRound(2020);
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.body()).contains("examinationYear: 2020 has not ended (today is 2020-12-31 in China Standard Time)");
        assertThat(cases.tasks("410100", ModelCityExaminationProcess.TASK_EXAMINE)).isEmpty();

        cases.at("2021-01-01T00:00", "410100");
        assertThat(ModelCityPath.opensExaminationRound(2020).statusCode()).isEqualTo(200);
        assertThat(cases.tasks("410100", ModelCityExaminationProcess.TASK_EXAMINE)).hasSize(1);
    }

    @Test
    void pm23_theCitysProvinceReadsTheExamination_butCannotCompleteItAroundSiposForm() {
        ModelCityPath xianyang = new ModelCityPath(cases, "610400", "Xianyang").toModelTitleOn10March2020();
        cases.at("2021-01-01T00:00", "610400");
        assertThat(ModelCityPath.opensExaminationRound(2020).statusCode()).isEqualTo(200);
        String taskId = cases.task("610400", ModelCityExaminationProcess.TASK_EXAMINE).getId();

        Http shaanxi = Http.member("pm23-shaanxi", "province-61");
        assertThat(shaanxi.get("/engine-rest/task/" + taskId).statusCode()).isEqualTo(200);
        assertThat(shaanxi.postJson("/engine-rest/task/" + taskId + "/submit-form", """
                {"variables": {"examinationGrade": {"value": "EXCELLENT"}, "patentStrengthIndex": {"value": 500},
                 "targetsMetPercent": {"value": 100}}}""").statusCode()).isIn(403, 500);
        assertThat(Http.member("pm23-jiangsu", "province-32").get("/engine-rest/task/" + taskId).statusCode())
                .isIn(403, 404);
        assertThat(cases.tasks("610400", ModelCityExaminationProcess.TASK_EXAMINE)).hasSize(1);
        assertThat(xianyang.onRecord().get("examinations")).isEmpty();
    }

    private static final String ROUND = "/engine-rest/process-definition/key/" + ModelExaminationRoundProcess.KEY
            + "/submit-form";

    private static String year(int year) {
        return "{\"variables\": {\"examinationYear\": {\"value\": " + year + ", \"type\": \"Integer\"}}}";
    }

    private long rounds() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ModelExaminationRoundProcess.KEY).count();
    }

    private long examinations() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ModelCityExaminationProcess.KEY).count();
    }
}
