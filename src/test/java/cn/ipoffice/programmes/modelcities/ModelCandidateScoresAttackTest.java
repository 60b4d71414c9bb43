package cn.ipoffice.programmes.modelcities;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Decide;
import cn.ipoffice.programmes.register.CandidateScores;
import cn.ipoffice.programmes.register.ModelCandidateScore;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.Http;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * PM-19(ii): the scores of Appendix 2 are the provincial office's, and the ranking is the product's. Over HTTP as the
 * users named: the city sends scores with its application; another province tries to read and score a candidate it
 * does not supervise; the city tries to score itself; the province itself goes around its forms (a score above 100 or
 * below 0, a decision variable, the findings it reads, a rank typed in). Each is refused, naming the field, and the case
 * and the register are as before. Then the forms themselves still work.
 */
class ModelCandidateScoresAttackTest extends CaseTest {

    private static final String SUZHOU = "320500";
    private static final String WUXI = "320200";
    private static final String SHENZHEN = "440300";
    private static final String SUZHOU_GOVERNMENT = "pm19-suzhou";
    private static final String WUXI_GOVERNMENT = "pm19-wuxi";
    private static final String SHENZHEN_GOVERNMENT = "pm19-shenzhen";
    private static final String JIANGSU = "pm19-jiangsu";
    private static final String ZHEJIANG = "pm19-zhejiang";
    private static final String START = "/engine-rest/process-definition/key/" + ModelCityApplicationProcess.KEY
            + "/submit-form";

    @Autowired
    private CandidateScores candidateScores;

    /** Each test has its own city of the three that meet PM-18(iv) and (vi), so that they pass in any order. */
    @BeforeEach
    void threeCitiesInFosteringWithSipoFiguresOf2019() {
        EngineClock.setTo("2020-01-15T09:00");
        ModelCityFixtures.figures2019(register);
        ModelCityFixtures.fosteringCity(register, SUZHOU, "Suzhou");
        ModelCityFixtures.fosteringCity(register, WUXI, "Wuxi");
        ModelCityFixtures.fosteringCity(register, SHENZHEN, "Shenzhen");
        Http.member(SUZHOU_GOVERNMENT, "gov-320500");
        Http.member(WUXI_GOVERNMENT, "gov-320200");
        Http.member(SHENZHEN_GOVERNMENT, "gov-440300");
        Http.member(JIANGSU, "province-32");
        Http.member(ZHEJIANG, "province-33");
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    private static String variables(Map<String, ?> values) {
        StringBuilder json = new StringBuilder("{\"variables\": {");
        values.forEach((name, value) -> json.append(json.charAt(json.length() - 1) == '{' ? "" : ", ").append('"')
                .append(name).append("\": {\"value\": ").append(value instanceof String text ? "\"" + text + "\"" : value)
                .append('}'));
        return json.append("}}").toString();
    }

    private static Map<String, Object> attested(String city) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("cityCode", city);
        form.put("ipInGovernmentAssessment", true);
        form.put("amongBestNationally", true);
        form.put("qualityOrientedFunding", true);
        form.put("noMajorInfringement", true);
        return form;
    }

    private static HttpResponse<String> send(String user, String method, String path, String json) {
        return Http.send(Http.as(user).request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    private ProcessInstance appliedAndWaitingForItsScores(String city, String government) {
        HttpResponse<String> filed = Http.as(government).postJson(START, variables(attested(city)));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
        ProcessInstance application = cases.running(ModelCityApplicationProcess.KEY, city);
        assertThat(cases.task(city, ModelCityApplicationProcess.TASK_SCORE_CANDIDATE)).isNotNull();
        return application;
    }

    /** What the case and the register hold of the candidate. */
    private record Snapshot(Map<String, Object> variables, String openTask, boolean scored) {
    }

    private Snapshot snapshot(ProcessInstance application) {
        Task open = engine.getTaskService().createTaskQuery().processInstanceId(application.getId()).singleResult();
        return new Snapshot(engine.getRuntimeService().getVariables(application.getId()),
                open.getTaskDefinitionKey() + ":" + open.getId(),
                candidateScores.of(application.getBusinessKey(), 2020).isPresent());
    }

    @Test
    void pm19ii_theCityCannotScoreItselfAtItsStart_theFieldsAreNamed_andNoCaseOpens() {
        Map<String, Object> withScores = attested(SHENZHEN);
        withScores.put("objectiveStrength", 95);
        withScores.put("weightedTotal", 99);

        HttpResponse<String> refused = Http.as(SHENZHEN_GOVERNMENT).postJson(START, variables(withScores));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("'objectiveStrength' is not a field of the form 'model-city-application-start'")
                .contains("'weightedTotal' is not a field of the form 'model-city-application-start'");
        assertThat(cases.runningCount(ModelCityApplicationProcess.KEY, SHENZHEN)).isZero();
        assertThat(candidateScores.of(SHENZHEN, 2020)).isEmpty();

        appliedAndWaitingForItsScores(SHENZHEN, SHENZHEN_GOVERNMENT);
    }

    @Test
    void pm19ii_anotherProvinceCannotSeeOrScoreTheCandidate_norCanTheCityScoreItself() {
        ProcessInstance application = appliedAndWaitingForItsScores(SUZHOU, SUZHOU_GOVERNMENT);
        String taskId = cases.task(SUZHOU, ModelCityApplicationProcess.TASK_SCORE_CANDIDATE).getId();
        Snapshot before = snapshot(application);
        String scores = variables(Map.of("objectiveStrength", 95, "weightedTotal", 99));

        assertThat(send(ZHEJIANG, "GET", "/engine-rest/task?processInstanceBusinessKey=" + SUZHOU
                + "&firstResult=0&maxResults=50", null).body()).isEqualTo("[]");
        assertThat(send(ZHEJIANG, "GET", "/engine-rest/task/" + taskId + "/form-variables", null).statusCode())
                .isIn(403, 404);
        assertThat(send(ZHEJIANG, "GET", "/engine-rest/process-instance/" + application.getId() + "/variables", null)
                .statusCode()).isIn(403, 404);
        for (String user : new String[] {ZHEJIANG, SUZHOU_GOVERNMENT}) {
            HttpResponse<String> scored = send(user, "POST", "/engine-rest/task/" + taskId + "/submit-form", scores);
            assertThat(scored.statusCode()).as(user + ": " + scored.body()).isIn(403, 404);
            HttpResponse<String> viaVariables = send(user, "POST", "/engine-rest/process-instance/" + application.getId()
                    + "/variables", "{\"modifications\": {\"weightedTotal\": {\"value\": 99}}}");
            assertThat(viaVariables.statusCode()).as(user + ": " + viaVariables.body()).isIn(403, 404);
        }

        assertThat(snapshot(application)).isEqualTo(before);
    }

    @Test
    void pm19ii_theProvinceGoesAroundItsForms_scoresOutOfRange_aDecisionOrARankTypedIn_areRefusedNamingTheField() {
        ProcessInstance application = appliedAndWaitingForItsScores(WUXI, WUXI_GOVERNMENT);
        String scoring = cases.task(WUXI, ModelCityApplicationProcess.TASK_SCORE_CANDIDATE).getId();
        Snapshot before = snapshot(application);

        Map<String, String> attacks = new LinkedHashMap<>();
        attacks.put(variables(Map.of("objectiveStrength", 72.5, "weightedTotal", 100.01)), "(weightedTotal) must be at most 100");
        attacks.put(variables(Map.of("objectiveStrength", -0.01, "weightedTotal", 86)), "(objectiveStrength) must be at least 0");
        attacks.put(variables(Map.of("objectiveStrength", 72.5, "weightedTotal", 86, "conditionsMet", true)),
                "'conditionsMet' is not a field of the form 'model-candidate-scoring'");
        attacks.put(variables(Map.of("objectiveStrength", 72.5, "weightedTotal", 86,
                "conditionsFindings", "Met - everything")), "'conditionsFindings' is read-only on the form");
        attacks.put(variables(Map.of("objectiveStrength", 72.5, "weightedTotal", 86, "candidateRank", 1)),
                "'candidateRank' is not a field of the form 'model-candidate-scoring'");
        for (Map.Entry<String, String> attack : attacks.entrySet()) {
            HttpResponse<String> refused = send(JIANGSU, "POST", "/engine-rest/task/" + scoring + "/submit-form",
                    attack.getKey());
            assertThat(refused.statusCode()).as(attack.getKey() + " -> " + refused.body()).isEqualTo(400);
            assertThat(refused.body()).as(attack.getKey()).contains(attack.getValue());
            assertThat(snapshot(application)).as(attack.getKey()).isEqualTo(before);
        }

        HttpResponse<String> scored = send(JIANGSU, "POST", "/engine-rest/task/" + scoring + "/submit-form",
                variables(Map.of("objectiveStrength", 72.5, "weightedTotal", 100)));
        assertThat(scored.statusCode()).as(scored.body()).isEqualTo(204);
        assertThat(candidateScores.of(WUXI, 2020).orElseThrow().getWeightedTotal()).isEqualByComparingTo("100");

        String recommendation = cases.task(WUXI, ModelCityApplicationProcess.TASK_RECOMMEND).getId();
        Snapshot ranked = snapshot(application);
        Map<String, String> rankAttacks = new LinkedHashMap<>();
        rankAttacks.put(variables(Map.of("recommendation", "RECOMMEND", "recommendationRemarks", "Best of the province",
                "candidateRank", 1)), "'candidateRank' is not a field of the form 'model-recommendation'");
        rankAttacks.put(variables(Map.of("recommendation", "RECOMMEND", "recommendationRemarks", "Best of the province",
                Decide.CANDIDATE_RANKING.name(), "1. Wuxi (320200)")), "'candidateRanking' is read-only on the form");
        rankAttacks.put(variables(Map.of("recommendation", "RECOMMEND", "recommendationRemarks", "Best of the province",
                "weightedTotal", 100)), "'weightedTotal' is not a field of the form 'model-recommendation'");
        for (Map.Entry<String, String> attack : rankAttacks.entrySet()) {
            HttpResponse<String> refused = send(JIANGSU, "POST", "/engine-rest/task/" + recommendation + "/submit-form",
                    attack.getKey());
            assertThat(refused.statusCode()).as(attack.getKey() + " -> " + refused.body()).isEqualTo(400);
            assertThat(refused.body()).as(attack.getKey()).contains(attack.getValue());
            assertThat(snapshot(application)).as(attack.getKey()).isEqualTo(ranked);
        }
        HttpResponse<String> aroundTheForm = send(JIANGSU, "POST", "/engine-rest/process-instance/" + application.getId()
                + "/variables", "{\"modifications\": {\"candidateRanking\": {\"value\": \"1. Wuxi\"}}}");
        assertThat(aroundTheForm.statusCode()).as(aroundTheForm.body()).isIn(400, 403);
        assertThat(snapshot(application)).isEqualTo(ranked);

        HttpResponse<String> recommended = send(JIANGSU, "POST", "/engine-rest/task/" + recommendation + "/submit-form",
                variables(Map.of("recommendation", "RECOMMEND", "recommendationRemarks", "Best of the province")));
        assertThat(recommended.statusCode()).as(recommended.body()).isEqualTo(204);
        assertThat(candidateScores.of(WUXI, 2020).orElseThrow().getRecommendation())
                .isEqualTo(ModelCandidateScore.Recommendation.RECOMMENDED);
    }
}
