package cn.ipoffice.programmes.pilotcities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.modelcities.TitleWithdrawalProcess;
import cn.ipoffice.programmes.overdue.OverduePattern;
import cn.ipoffice.programmes.pilotcities.ProvincialAssessmentRoundProcess.Vars;
import cn.ipoffice.programmes.register.AnnualAssessment;
import cn.ipoffice.programmes.register.AssessmentCategory;
import cn.ipoffice.programmes.register.EscalationActions;
import cn.ipoffice.programmes.register.EscalationStep;
import cn.ipoffice.programmes.register.Grade;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.AssessmentRounds;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.Escalations;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.ProcessCoverage;
import cn.ipoffice.programmes.support.SpringEngine;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PM-9, I-13, PM-32(c): Jiangsu's yearly assessment round of its six pilot cities, four prefecture-level and two
 * county-level, through the forms over REST as the province's reviewer: the ranks computed from the scores, a tie
 * shared, the ranking confirmed and recorded; a city last two years running put to SIPO once; a city not assessed by
 * 30 April escalated to SIPO. Zhejiang's reviewer neither sees nor moves it, Jiangsu's own reviewer cannot go around
 * its forms, and bad input is refused naming the field.
 */
@ProcessCoverage(exclude = {TitleWithdrawalProcess.KEY, PilotCityRoundProcess.KEY, AnnualReportProcess.KEY}, atLeast = 1.0)
class ProvincialAssessmentRoundTest extends CaseTest {

    /** A province of the test, its reviewer and its six pilot cities, which no other test of the class touches. */
    private static final class Province {
        final String code;
        final String reviewer;
        final String suzhou;
        final String wuxi;
        final String changzhou;
        final String yancheng;
        final String changshu;
        final String jiangyin;

        Province(String code) {
            this.code = code;
            this.reviewer = "round-province-" + code;
            this.suzhou = code + "0500";
            this.wuxi = code + "0200";
            this.changzhou = code + "0400";
            this.yancheng = code + "0900";
            this.changshu = code + "0581";
            this.jiangyin = code + "0281";
        }

        List<String> cities() {
            return List.of(suzhou, wuxi, changzhou, yancheng, changshu, jiangyin);
        }
    }

    private static final String ZHEJIANG = "round-zhejiang";
    private static final String HANGZHOU = "330100";

    @BeforeEach
    void zhejiang() {
        Http.member(ZHEJIANG, "province-33");
        pilot(HANGZHOU, "Hangzhou", HolderKind.PREFECTURE_LEVEL_CITY);
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    /** A province whose six cities are pilot cities from 1 March 2024 to 28 February 2027. */
    private Province province(String code) {
        Province province = new Province(code);
        Http.member(province.reviewer, "province-" + code);
        pilot(province.suzhou, "Suzhou", HolderKind.PREFECTURE_LEVEL_CITY);
        pilot(province.wuxi, "Wuxi", HolderKind.PREFECTURE_LEVEL_CITY);
        pilot(province.changzhou, "Changzhou", HolderKind.PREFECTURE_LEVEL_CITY);
        pilot(province.yancheng, "Yancheng", HolderKind.PREFECTURE_LEVEL_CITY);
        pilot(province.changshu, "Changshu", HolderKind.COUNTY_LEVEL_CITY);
        pilot(province.jiangyin, "Jiangyin", HolderKind.COUNTY_LEVEL_CITY);
        return province;
    }

    /** A pilot city whose term ran from 1 March 2024 to 28 February 2027, as its approval entered it. */
    private void pilot(String code, String name, HolderKind kind) {
        register.enterHolder(code, name, kind);
        register.grant(code, Title.PILOT_CITY, DeadlineCalendar.term(LocalDate.of(2024, 3, 1), 3), 1, "PM-7",
                "test:PM-7:" + code, null);
    }

    private static HttpResponse<String> openRound(String user, String province, int year) {
        return Http.as(user).postJson("/engine-rest/process-definition/key/" + ProvincialAssessmentRoundProcess.KEY
                + "/submit-form", """
                {"variables": {"holderId": {"value": "%s", "type": "String"},
                               "assessedYear": {"value": %d, "type": "Integer"}}}""".formatted(province, year));
    }

    private static HttpResponse<String> submit(String user, String taskId, String variables) {
        return Http.as(user).postJson("/engine-rest/task/" + taskId + "/submit-form", "{\"variables\": " + variables + "}");
    }

    private static String entry(String grade, String score) {
        return """
                {"assessmentGrade": {"value": "%s", "type": "String"},
                 "assessmentScore": {"value": %s, "type": "Double"}}""".formatted(grade, score);
    }

    private Task cityTask(String round, String city) {
        return cases.tasks(round, ProvincialAssessmentRoundProcess.TASK_ASSESS_CITY).stream()
                .filter(task -> city.equals(engine.getTaskService().getVariable(task.getId(), "holderId")))
                .findFirst().orElseThrow(() -> new AssertionError("no open assessment of " + city + " in " + round));
    }

    private void assess(Province province, String round, String city, String grade, String score) {
        HttpResponse<String> response = submit(province.reviewer, cityTask(round, city).getId(), entry(grade, score));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private void decide(Province province, String round, String decision) {
        HttpResponse<String> response = submit(province.reviewer, cases.task(round,
                ProvincialAssessmentRoundProcess.TASK_CONFIRM_RANKING).getId(),
                "{\"rankingDecision\": {\"value\": \"" + decision + "\", \"type\": \"String\"}}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    /** Opens the province's round of {@code year} on 1 February of the year after, and enters its six cities' scores. */
    private String roundWithScores(Province province, int year, String... gradesAndScores) {
        EngineClock.setTo((year + 1) + "-02-01T09:00");
        HttpResponse<String> opened = openRound(province.reviewer, province.code, year);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        String round = province.code + "-" + year;
        List<String> cities = province.cities();
        for (int i = 0; i < cities.size(); i++) {
            assess(province, round, cities.get(i), gradesAndScores[2 * i], gradesAndScores[2 * i + 1]);
        }
        return round;
    }

    private AnnualAssessment assessment(String city, int year) {
        return register.assessmentsOf(city).stream().filter(a -> a.getYear() == year).findFirst()
                .orElseThrow(() -> new AssertionError("no " + year + " assessment of " + city));
    }

    private static String placing(AnnualAssessment a) {
        return a.getRank() + " of " + a.getCategorySize() + " " + a.getCategory() + " " + a.getGrade() + " "
                + a.getScore().stripTrailingZeros().toPlainString();
    }

    private String roundId(String businessKey) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .singleResult().getId();
    }

    private long findingsOf(String city) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(TitleWithdrawalProcess.KEY).processInstanceBusinessKey(city).count();
    }

    @Test
    void pm9_i13_aRoundOfSixCitiesInTwoCategories_ranksComputedFromTheScores_aTieSharesTheBetterRank() {
        Province p = province("32");
        String round = roundWithScores(p, 2024, "EXCELLENT", "92", "EXCELLENT", "85", "AVERAGE", "85", "POOR", "60",
                "AVERAGE", "80", "POOR", "70.5");
        assertThat(cases.tasks(round, ProvincialAssessmentRoundProcess.TASK_ASSESS_CITY)).isEmpty();
        assertThat(register.assessmentsOf(p.suzhou)).as("nothing recorded before the province confirms").isEmpty();

        Object shown = cases.shown(round, ProvincialAssessmentRoundProcess.TASK_CONFIRM_RANKING, Vars.ROUND_RANKING.name());
        assertThat(shown.toString())
                .contains("Prefecture-level cities (4 ranked):\n1 of 4: Suzhou (320500), score 92, excellent\n"
                        + "2 of 4: Wuxi (320200), score 85, excellent\n2 of 4: Changzhou (320400), score 85, average\n"
                        + "4 of 4: Yancheng (320900), score 60, poor, last of its category (I-13)")
                .contains("County-level cities (2 ranked):\n1 of 2: Changshu (320581), score 80, average\n"
                        + "2 of 2: Jiangyin (320281), score 70.5, poor, last of its category (I-13)");
        decide(p, round, "CONFIRMED");

        assertThat(placing(assessment(p.suzhou, 2024))).isEqualTo("1 of 4 PREFECTURE_LEVEL EXCELLENT 92");
        assertThat(placing(assessment(p.wuxi, 2024))).isEqualTo("2 of 4 PREFECTURE_LEVEL EXCELLENT 85");
        assertThat(placing(assessment(p.changzhou, 2024))).isEqualTo("2 of 4 PREFECTURE_LEVEL AVERAGE 85");
        assertThat(placing(assessment(p.yancheng, 2024))).isEqualTo("4 of 4 PREFECTURE_LEVEL POOR 60");
        assertThat(placing(assessment(p.changshu, 2024))).isEqualTo("1 of 2 COUNTY_LEVEL AVERAGE 80");
        assertThat(placing(assessment(p.jiangyin, 2024))).isEqualTo("2 of 2 COUNTY_LEVEL POOR 70.5");
        assertThat(assessment(p.suzhou, 2024).getRoundCaseId()).isEqualTo(roundId(round));
        assertThat(register.assessmentsOf(HANGZHOU)).as("Zhejiang's city is not in Jiangsu's round").isEmpty();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(roundId(round))
                .activityId(ProvincialAssessmentRoundProcess.END_ROUND_RECORDED).count()).isOne();
        assertThat(findingsOf(p.yancheng)).as("one year last is no finding").isZero();
        assertThat(findingsOf(p.jiangyin)).isZero();
        // The city's own record shows the assessment the round made, with its score and the round's case.
        String record = Http.as(p.reviewer).get("/api/register/holders/" + p.changzhou).body();
        assertThat(record).contains("\"year\":2024").contains("\"rank\":2").contains("\"categorySize\":4")
                .contains("\"roundCaseId\":\"" + roundId(round) + "\"").containsPattern("\"score\":85(\\.0+)?[,}]");
    }

    @Test
    void pm32c_lastOfItsCategoryTwoYearsRunning_raisesTheFindingOnce_aTieAtTheBottomMakesNobodyLast_i13() {
        Province p = province("34");
        decide(p, roundWithScores(p, 2024, "EXCELLENT", "92", "EXCELLENT", "85", "AVERAGE", "85", "POOR", "60",
                "AVERAGE", "80", "POOR", "70"), "CONFIRMED");
        // 2025: Yancheng last again; the county-level cities tie at the bottom, so Jiangyin is not last (I-13).
        decide(p, roundWithScores(p, 2025, "EXCELLENT", "90", "AVERAGE", "80", "AVERAGE", "78", "POOR", "55",
                "AVERAGE", "75", "AVERAGE", "75"), "CONFIRMED");

        assertThat(placing(assessment(p.jiangyin, 2025))).isEqualTo("1 of 2 COUNTY_LEVEL AVERAGE 75");
        assertThat(findingsOf(p.jiangyin)).isZero();
        assertThat(findingsOf(p.yancheng)).isOne();
        ProcessInstance finding = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(TitleWithdrawalProcess.KEY).processInstanceBusinessKey(p.yancheng).singleResult();
        assertThat(engine.getRuntimeService().getVariable(finding.getId(), TitleWithdrawalProcess.Vars.FINDING.name()))
                .isEqualTo("PM-32(c): last of its category in 2024 (4 of 4) and in 2025 (4 of 4)");

        // 2026: last a third time, with the finding still before SIPO: it is not put to SIPO a second time.
        decide(p, roundWithScores(p, 2026, "EXCELLENT", "90", "AVERAGE", "80", "AVERAGE", "78", "POOR", "50",
                "AVERAGE", "75", "AVERAGE", "74"), "CONFIRMED");
        assertThat(findingsOf(p.yancheng)).isOne();
        assertThat(findingsOf(p.jiangyin)).isZero();
    }

    @Test
    void pm9_theProvinceSendsTheRankingBack_everyCityIsAskedAgain_theCorrectedScoresAreRanked() {
        Province p = province("35");
        String round = roundWithScores(p, 2024, "EXCELLENT", "92", "EXCELLENT", "85", "AVERAGE", "85", "POOR", "60",
                "AVERAGE", "80", "POOR", "70");
        decide(p, round, "CORRECT_SCORES");
        assertThat(cases.tasks(round, ProvincialAssessmentRoundProcess.TASK_ASSESS_CITY)).hasSize(6);
        assertThat(register.assessmentsOf(p.yancheng)).isEmpty();

        assess(p, round, p.suzhou, "EXCELLENT", "92");
        assess(p, round, p.wuxi, "EXCELLENT", "85");
        assess(p, round, p.changzhou, "AVERAGE", "85");
        assess(p, round, p.yancheng, "AVERAGE", "86");
        assess(p, round, p.changshu, "AVERAGE", "80");
        assess(p, round, p.jiangyin, "POOR", "70");
        decide(p, round, "CONFIRMED");

        assertThat(placing(assessment(p.yancheng, 2024))).isEqualTo("2 of 4 PREFECTURE_LEVEL AVERAGE 86");
        assertThat(placing(assessment(p.wuxi, 2024))).isEqualTo("3 of 4 PREFECTURE_LEVEL EXCELLENT 85");
        assertThat(placing(assessment(p.changzhou, 2024))).isEqualTo("3 of 4 PREFECTURE_LEVEL AVERAGE 85");
    }

    @Test
    void pm9_aCityNotAssessedBy30April_isOverdue_andEscalatedToSipo_theRoundStaysOverdueUntilTheLastLateCityIsAssessed() {
        Province p = province("36");
        EngineClock.setTo("2025-02-01T09:00");
        assertThat(openRound(p.reviewer, p.code, 2024).statusCode()).isEqualTo(200);
        String round = p.code + "-2024";
        for (String city : List.of(p.suzhou, p.wuxi, p.changzhou, p.changshu)) {
            assess(p, round, city, "AVERAGE", "75");
        }
        assertThat(cityTask(round, p.yancheng).getDueDate()).isEqualTo(EngineClock.cstDate("2025-05-01T00:00"));

        cases.at("2025-04-30T23:59", round);
        assertThat(cases.tasks(round, ProvincialAssessmentRoundProcess.TASK_ESCALATE_ASSESSMENT)).isEmpty();
        cases.at("2025-05-01T00:00", round);
        assertThat(cases.tasks(round, ProvincialAssessmentRoundProcess.TASK_ESCALATE_ASSESSMENT)).extracting(Task::getName)
                .containsExactlyInAnyOrder("Overdue: assessment of Yancheng in 2024 (PM-9)",
                        "Overdue: assessment of Jiangyin in 2024 (PM-9)");
        // One of the two late cities assessed: the round stays overdue for the other.
        assess(p, round, p.jiangyin, "AVERAGE", "75");
        assertThat(engine.getRuntimeService().getVariable(roundId(round), OverduePattern.OVERDUE.name())).isEqualTo(true);
        assertThat(engine.getRuntimeService().getVariable(roundId(round), OverduePattern.OVERDUE_RULES.name()))
                .isEqualTo("PM-9");
        Task escalation = cases.task(round, ProvincialAssessmentRoundProcess.TASK_ESCALATE_ASSESSMENT);
        assertThat(escalation.getName()).isEqualTo("Overdue: assessment of Yancheng in 2024 (PM-9)");
        assertThat(engine.getTaskService().getIdentityLinksForTask(escalation.getId()))
                .anyMatch(link -> "sipo".equals(link.getGroupId()));
        assertThat(engine.getRuntimeService().getVariable(roundId(round), OverduePattern.OVERDUE.name())).isEqualTo(true);

        HttpResponse<String> handled = Http.member("round-sipo", "sipo").postJson("/engine-rest/task/" + escalation.getId()
                + "/submit-form", Escalations.asRestBody(EscalationStep.REMINDER_SENT, "2025-05-03", null));
        assertThat(handled.statusCode()).as(handled.body()).isEqualTo(204);
        assertThat(SpringEngine.bean(EscalationActions.class).ofCase(roundId(round))).singleElement().satisfies(action -> {
            assertThat(action.getHolderId()).as("the late city, not the round").isEqualTo(p.yancheng);
            assertThat(action.getRecordedBy()).isEqualTo("round-sipo");
        });
        cases.at("2025-05-03T00:00", round);
        assertThat(cases.task(round, ProvincialAssessmentRoundProcess.TASK_ESCALATE_ASSESSMENT).getName())
                .isEqualTo("Overdue: assessment of Yancheng in 2024 (PM-9)");
        assess(p, round, p.yancheng, "POOR", "60");
        assertThat(engine.getRuntimeService().getVariable(roundId(round), OverduePattern.OVERDUE.name())).isEqualTo(false);
        decide(p, round, "CONFIRMED");
        assertThat(placing(assessment(p.yancheng, 2024))).isEqualTo("4 of 4 PREFECTURE_LEVEL POOR 60");
    }

    @Test
    void pm9_pm12_theRoundOfAYear_opensFrom1FebruaryOfTheYearAfter_notOn31January_andOnceAYear() {
        Province p = province("37");
        EngineClock.setTo("2025-01-31T23:59");
        HttpResponse<String> early = openRound(p.reviewer, p.code, 2024);
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.body()).contains("assessedYear").contains("opens on 2025-02-01");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(p.code + "-2024").count()).isZero();

        EngineClock.setTo("2025-02-01T00:00");
        assertThat(openRound(p.reviewer, p.code, 2024).statusCode()).isEqualTo(200);
        HttpResponse<String> twice = openRound(p.reviewer, p.code, 2024);
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("assessedYear").contains("already open");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(p.code + "-2024").count()).isOne();
    }

    @Test
    void pm9_aYearAlreadyRanked_isNotOpenedAgain() {
        Province p = province("41");
        decide(p, roundWithScores(p, 2024, "EXCELLENT", "92", "EXCELLENT", "85", "AVERAGE", "85", "POOR", "60",
                "AVERAGE", "80", "POOR", "70"), "CONFIRMED");
        HttpResponse<String> again = openRound(p.reviewer, p.code, 2024);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("assessedYear").contains("ranked for 2024 already");
    }

    @Test
    void pm9_aProvinceWithoutPilotOrFosteringCitiesInTheYear_hasNothingToAssess() {
        EngineClock.setTo("2025-02-01T09:00");
        cases.apply(ProvincialAssessmentRoundProcess.KEY, Map.of("holderId", "42", "assessedYear", 2024));
        String id = roundId("42-2024");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id)
                .activityId(ProvincialAssessmentRoundProcess.END_NOTHING_TO_ASSESS).count()).isOne();
    }

    @Test
    void pm9_badInput_aScoreOf101_belowZero_aRankTypedByHand_areRefusedNamingTheField_andNothingChanges() {
        Province p = province("43");
        EngineClock.setTo("2025-02-01T09:00");
        assertThat(openRound(p.reviewer, p.code, 2024).statusCode()).isEqualTo(200);
        String round = p.code + "-2024";
        Task suzhou = cityTask(round, p.suzhou);

        HttpResponse<String> above = submit(p.reviewer, suzhou.getId(), entry("EXCELLENT", "101"));
        assertThat(above.statusCode()).isEqualTo(400);
        assertThat(above.body()).contains("(assessmentScore) must be at most 100");
        HttpResponse<String> below = submit(p.reviewer, suzhou.getId(), entry("EXCELLENT", "-1"));
        assertThat(below.statusCode()).isEqualTo(400);
        assertThat(below.body()).contains("(assessmentScore) must be at least 0");
        HttpResponse<String> ranked = submit(p.reviewer, suzhou.getId(), """
                {"assessmentGrade": {"value": "EXCELLENT", "type": "String"},
                 "assessmentScore": {"value": 90, "type": "Integer"},
                 "assessmentRank": {"value": 1, "type": "Integer"}}""");
        assertThat(ranked.statusCode()).isEqualTo(400);
        assertThat(ranked.body()).contains("'assessmentRank' is not a field of the form 'round-city-assessment'");

        assertThat(engine.getTaskService().createTaskQuery().taskId(suzhou.getId()).count()).isOne();
        assertThat(engine.getTaskService().getVariable(suzhou.getId(), Vars.ASSESSMENT_SCORE.name())).isNull();
        assertThat(engine.getRuntimeService().getVariable(roundId(round), Vars.scoreOf(p.suzhou).name())).isNull();

        // A code that is not the reviewer's province is refused before the form is read; the form refuses a malformed one.
        HttpResponse<String> noProvince = openRound(p.reviewer, "4", 2024);
        assertThat(noProvince.statusCode()).isEqualTo(403);
        assertThat(noProvince.body()).contains("may not open a case for 4");
        assertThatThrownBy(() -> cases.apply(ProvincialAssessmentRoundProcess.KEY, Map.of("holderId", "4x",
                "assessedYear", 2024))).hasMessageContaining("(holderId)");
        assertThatThrownBy(() -> cases.apply(ProvincialAssessmentRoundProcess.KEY, Map.of("holderId", p.code,
                "assessedYear", 1999))).hasMessageContaining("(assessedYear)");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ProvincialAssessmentRoundProcess.KEY).processInstanceBusinessKey(p.code + "-2024")
                .count()).isOne();
    }

    @Test
    void pm9_anotherProvince_cannotOpenSeeOrCompleteTheRound_andTheSameProvinceCannotGoAroundItsForms() {
        Province p = province("44");
        EngineClock.setTo("2025-02-01T09:00");
        HttpResponse<String> foreign = openRound(ZHEJIANG, p.code, 2024);
        assertThat(foreign.statusCode()).isIn(400, 403);
        Http.member("round-gov-" + p.suzhou, "gov-" + p.suzhou);
        assertThat(openRound("round-gov-" + p.suzhou, p.code, 2024).statusCode()).as("a city does not assess itself")
                .isEqualTo(403);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ProvincialAssessmentRoundProcess.KEY).processInstanceBusinessKey(p.code + "-2024")
                .count()).isZero();

        assertThat(openRound(p.reviewer, p.code, 2024).statusCode()).isEqualTo(200);
        String roundId = roundId(p.code + "-2024");
        Task suzhou = cityTask(p.code + "-2024", p.suzhou);
        Map<String, Object> before = engine.getRuntimeService().getVariables(roundId);

        assertThat(Http.as(ZHEJIANG).get("/engine-rest/task?maxResults=50&processDefinitionKey="
                + ProvincialAssessmentRoundProcess.KEY).body()).isEqualTo("[]");
        assertThat(Http.as(ZHEJIANG).get("/engine-rest/process-instance?maxResults=50&processDefinitionKey="
                + ProvincialAssessmentRoundProcess.KEY).body()).isEqualTo("[]");
        assertThat(Http.as(p.reviewer).get("/engine-rest/task?maxResults=50&processDefinitionKey="
                + ProvincialAssessmentRoundProcess.KEY).body()).contains(suzhou.getId());
        assertThat(submit(ZHEJIANG, suzhou.getId(), entry("POOR", "10")).statusCode()).isIn(403, 404);
        assertThat(Http.as(ZHEJIANG).get("/engine-rest/task/" + suzhou.getId() + "/form-variables").statusCode())
                .isIn(403, 404);

        // The province's own reviewer, around the form: the case's variables, the task's variables, a plain completion.
        assertThat(Http.as(p.reviewer).putJson("/engine-rest/process-instance/" + roundId + "/variables/"
                + Vars.scoreOf(p.suzhou).name(), "{\"value\": 99, \"type\": \"Integer\"}").statusCode()).isEqualTo(403);
        assertThat(Http.as(p.reviewer).putJson("/engine-rest/process-instance/" + roundId + "/variables/roundCities",
                "{\"value\": \"" + p.suzhou + "\", \"type\": \"String\"}").statusCode()).isEqualTo(403);
        assertThat(Http.as(p.reviewer).putJson("/engine-rest/task/" + suzhou.getId() + "/variables/assessmentScore",
                "{\"value\": 99, \"type\": \"Integer\"}").statusCode()).isEqualTo(403);
        assertThat(Http.as(p.reviewer).postJson("/engine-rest/task/" + suzhou.getId() + "/complete", """
                {"variables": {"assessmentGrade": {"value": "EXCELLENT", "type": "String"},
                               "assessmentScore": {"value": 90, "type": "Integer"},
                               "holderId": {"value": "330100", "type": "String"}}}""").statusCode()).isEqualTo(400);

        assertThat(engine.getRuntimeService().getVariables(roundId)).isEqualTo(before);
        assertThat(engine.getTaskService().createTaskQuery().taskId(suzhou.getId()).count()).isOne();
        assertThat(engine.getTaskService().getVariable(suzhou.getId(), "holderId")).isEqualTo(p.suzhou);
        assertThat(engine.getTaskService().getVariable(suzhou.getId(), "assessmentScore")).isNull();
        assertThat(register.assessmentsOf(p.suzhou)).isEmpty();
    }

    @Test
    void pm9_theRankingShownIsReadOnly_aChangedRankingIsRefused_andTheRegisterRecordsTheComputedOne() {
        Province p = province("45");
        String round = roundWithScores(p, 2024, "EXCELLENT", "92", "EXCELLENT", "85", "AVERAGE", "85", "POOR", "60",
                "AVERAGE", "80", "POOR", "70");
        String confirmation = cases.task(round, ProvincialAssessmentRoundProcess.TASK_CONFIRM_RANKING).getId();
        HttpResponse<String> rewritten = submit(p.reviewer, confirmation, """
                {"rankingDecision": {"value": "CONFIRMED", "type": "String"},
                 "roundRanking": {"value": "1 of 4: Yancheng", "type": "String"}}""");
        assertThat(rewritten.statusCode()).isEqualTo(400);
        assertThat(rewritten.body()).contains("'roundRanking' is read-only");
        assertThat(register.assessmentsOf(p.yancheng)).isEmpty();
        decide(p, round, "CONFIRMED");
        assertThat(assessment(p.yancheng, 2024).getRank()).isEqualTo(4);
        assertThat(assessment(p.yancheng, 2024).getCategory()).isEqualTo(AssessmentCategory.PREFECTURE_LEVEL);
        assertThat(assessment(p.yancheng, 2024).getGrade()).isEqualTo(Grade.POOR);
        assertThat(assessment(p.yancheng, 2024).getScore()).isEqualByComparingTo(BigDecimal.valueOf(60));
    }

    @Test
    void pm9_theRecordedRanking_reachesTheCitysRunningCase_whichShowsIt_aCityWithoutARunningCaseIsRecordedAllTheSame() {
        EngineClock.setTo("2024-03-01T09:00");
        ProcessInstance haikou = cases.startTerm(PilotCityRoundProcess.KEY, "460100", "Haikou", Title.PILOT_CITY, "PM-7",
                LocalDate.of(2024, 3, 1), false);
        pilot("460200", "Sanya", HolderKind.PREFECTURE_LEVEL_CITY);
        Http.member("round-hainan", "province-46");

        EngineClock.setTo("2025-02-01T09:00");
        assertThat(openRound("round-hainan", "46", 2024).statusCode()).isEqualTo(200);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(haikou.getId())
                .activityId(PilotCityRoundProcess.START_ASSESSMENT_RECORDED).count()).isZero();
        for (String city : List.of("460100", "460200")) {
            HttpResponse<String> entered = submit("round-hainan", cityTask("46-2024", city).getId(),
                    entry("EXCELLENT", city.equals("460100") ? "88" : "80"));
            assertThat(entered.statusCode()).as(entered.body()).isEqualTo(204);
        }
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(haikou.getId())
                .activityId(PilotCityRoundProcess.START_ASSESSMENT_RECORDED).count()).as("nothing shown before the "
                + "province confirms").isZero();
        HttpResponse<String> confirmed = submit("round-hainan", cases.task("46-2024",
                ProvincialAssessmentRoundProcess.TASK_CONFIRM_RANKING).getId(),
                "{\"rankingDecision\": {\"value\": \"CONFIRMED\", \"type\": \"String\"}}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(204);

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(haikou)
                .hasPassed(PilotCityRoundProcess.START_ASSESSMENT_RECORDED, PilotCityRoundProcess.END_ASSESSMENT_ON_RECORD)
                .isNotEnded();
        assertThat(new AssessmentRounds(engine).shownOnTheCitysCases("460100")).singleElement()
                .satisfies(locals -> assertThat(locals).containsEntry(PilotCityRoundProcess.Vars.ASSESSED_YEAR.name(), 2024)
                .containsEntry(PilotCityRoundProcess.Vars.ASSESSMENT_GRADE.name(), "EXCELLENT")
                .containsEntry(PilotCityRoundProcess.Vars.ASSESSMENT_RANK.name(), 1)
                .containsEntry(PilotCityRoundProcess.Vars.CATEGORY_SIZE.name(), 2));
        assertThat(register.assessmentsOf("460100")).singleElement()
                .satisfies(a -> assertThat(placing(a)).isEqualTo("1 of 2 PREFECTURE_LEVEL EXCELLENT 88"));
        assertThat(register.assessmentsOf("460200")).singleElement()
                .satisfies(a -> assertThat(placing(a)).isEqualTo("2 of 2 PREFECTURE_LEVEL EXCELLENT 80"));
    }

    @Test
    void pm9_aYearOnRecordWithoutARound_hasNoScoreToRankBy_andIsNotRankedByARound_theCityIsNamed() {
        pilot("500100", "Wanzhou", HolderKind.PREFECTURE_LEVEL_CITY);
        // A year on the record from before the yearly rounds (the register's history, as the demo's past years).
        register.recordAssessment("500100", 2024, Grade.AVERAGE, AssessmentCategory.PREFECTURE_LEVEL, 2, 5);
        Http.member("round-chongqing", "province-50");

        EngineClock.setTo("2025-02-01T09:00");
        HttpResponse<String> refused = openRound("round-chongqing", "50", 2024);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("assessedYear").contains("500100").contains("without a score");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("50-2024").count())
                .isZero();
    }
}
