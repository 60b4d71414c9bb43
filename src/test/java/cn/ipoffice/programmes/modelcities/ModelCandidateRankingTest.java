package cn.ipoffice.programmes.modelcities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.ipoffice.programmes.calls.YearlyCallProcess;
import cn.ipoffice.programmes.casework.CaseRefusedException;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Decide;
import cn.ipoffice.programmes.register.AssessmentCategory;
import cn.ipoffice.programmes.register.CandidateScores;
import cn.ipoffice.programmes.register.Grade;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.ModelCandidateScore;
import cn.ipoffice.programmes.register.ModelCandidateScore.Recommendation;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.register.YearLists;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.SipoCalls;
import cn.ipoffice.programmes.support.SipoFigures;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * PM-19(ii): the provincial office scores its candidates by the indicator system of Appendix 2, the product ranks
 * the eligible ones of each province and year (I-13), and the office recommends from the top. Twenty-four pilot cities
 * with SIPO's figures of 2019 and 2020, so that the seven best of them meet PM-18(iv) and (vi) (top 30%): Suzhou, Wuxi
 * and Shenzhen apply in 2020; Changzhou, Nantong and Nanjing in 2021 (another year, another ranking); Hangzhou, seventh
 * of twenty-four, is the boundary. Each test has its own cities and year, so they pass in any order.
 */
class ModelCandidateRankingTest extends CaseTest {

    /** The seven best pilot cities by SIPO's figures, best first; seventeen more below them. */
    private static final String[][] BEST = {{"320500", "Suzhou"}, {"320200", "Wuxi"}, {"440300", "Shenzhen"},
        {"320400", "Changzhou"}, {"320600", "Nantong"}, {"320100", "Nanjing"}, {"330100", "Hangzhou"}};

    @Autowired
    private CandidateScores candidateScores;

    @Autowired
    private YearLists yearLists;

    @BeforeEach
    void twentyFourPilotCitiesWithSipoFiguresOf2019And2020() {
        EngineClock.setTo("2020-01-15T09:00");
        for (int place = 0; place < 24; place++) {
            String code = place < BEST.length ? BEST[place][0] : "5" + (10 + place) + "100";
            register.enterHolder(code, place < BEST.length ? BEST[place][1] : "Pilot city " + code,
                    HolderKind.SUB_PROVINCIAL_CITY);
            for (int year : new int[] {2019, 2020}) {
                SipoFigures.record(year, code, String.valueOf(99 - place), String.valueOf(990000 - 10000 * place));
            }
        }
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    private ProcessInstance apply(String code) {
        return engine.getRuntimeService().startProcessInstanceByKey(ModelCityApplicationProcess.KEY,
                ModelCityFixtures.application(code));
    }

    /** The city applies and its province scores it with objective strength 72.5 and this weighted total. */
    private ProcessInstance applyAndScore(String code, String weightedTotal) {
        ProcessInstance application = apply(code);
        cases.submit(code, ModelCityApplicationProcess.TASK_SCORE_CANDIDATE, ModelCityFixtures.scores("72.5", weightedTotal));
        return application;
    }

    private void recommend(String code, String recommendation) {
        cases.submit(code, ModelCityApplicationProcess.TASK_RECOMMEND, Map.of(Decide.RECOMMENDATION.name(), recommendation,
                "recommendationRemarks", "Decided on the province's ranking"));
    }

    private String ranking(String code) {
        return (String) cases.shown(code, ModelCityApplicationProcess.TASK_RECOMMEND, Decide.CANDIDATE_RANKING.name());
    }

    private String findings(ProcessInstance application) {
        return (String) engine.getRuntimeService().getVariable(application.getId(), Decide.CONDITIONS_FINDINGS.name());
    }

    /** A city in fostering since June 2018, "excellent" in 2017 and 2019 (ModelCityFixtures). */
    private void fosteringCity(String code, String name) {
        ModelCityFixtures.fosteringCity(register, code, name);
    }

    /** A city that applies in 2021: "excellent" in 2020 as well, so two of its last three years are. */
    private void fosteringCityApplyingIn2021(String code, String name) {
        ModelCityFixtures.fosteringCity(register, code, name);
        register.recordAssessment(code, 2020, Grade.EXCELLENT, AssessmentCategory.PREFECTURE_LEVEL, 1, 13);
    }

    @Test
    void pm19ii_pm20_i14_candidatesOfTwoProvinces_theProvincesScoresDecideTheOrder_sipoSelectsFromBothInOneCall() {
        // SIPO opens its 2020 call for model cities through its start form; it closes on 31 March.
        SipoCalls calls = SipoCalls.modelCities(engine);
        String call = calls.open(2020, "2020-03-31", null);
        // SIPO's figures put Suzhou above Wuxi; Jiangsu's scores put Wuxi first. Guangdong's Shenzhen ranks apart.
        fosteringCity("320500", "Suzhou");
        fosteringCity("320200", "Wuxi");
        fosteringCity("440300", "Shenzhen");
        applyAndScore("320500", "86.5");
        applyAndScore("440300", "95");
        applyAndScore("320200", "90");

        assertThat(ranking("320200")).contains("1. Wuxi (320200): weighted total 90")
                .contains("2. Suzhou (320500): weighted total 86.5").doesNotContain("Shenzhen");
        assertThat(ranking("440300")).contains("1. Shenzhen (440300): weighted total 95").doesNotContain("Suzhou");

        // Suzhou first is refused, naming Wuxi; nothing is recorded and the task stays open.
        String suzhouTask = cases.task("320500", ModelCityApplicationProcess.TASK_RECOMMEND).getId();
        assertThatThrownBy(() -> recommend("320500", "RECOMMEND")).isInstanceOf(CaseRefusedException.class)
                .hasMessageContaining("recommendation: PM-19(ii): the province recommends its best candidates first;"
                        + " Suzhou (320500) ranks 2 of 2, below Wuxi (320200), rank 1 with weighted total 90, not yet decided");
        assertThat(cases.task("320500", ModelCityApplicationProcess.TASK_RECOMMEND).getId()).isEqualTo(suzhouTask);
        assertThat(candidateScores.of("320500", 2020).orElseThrow().getRecommendation()).isNull();

        recommend("440300", "RECOMMEND");
        recommend("320200", "RECOMMEND");
        recommend("320500", "RECOMMEND");
        assertThat(candidateScores.ofProvince("32", 2020)).extracting(ModelCandidateScore::getHolderId,
                ModelCandidateScore::getRecommendation).containsExactly(
                        tuple("320200", Recommendation.RECOMMENDED), tuple("320500", Recommendation.RECOMMENDED));
        // The recommended candidates of both provinces wait in SIPO's open call (PM-20, I-14).
        for (String code : new String[] {"320200", "320500", "440300"}) {
            ProcessInstance candidate = cases.running(ModelCityApplicationProcess.KEY, code);
            assertThat(candidate).isWaitingAt(ModelCityApplicationProcess.EVENT_AWAIT_CALL);
            assertThat((String) engine.getRuntimeService().getVariable(candidate.getId(), Decide.CALL_STATUS.name()))
                    .isEqualTo("Filed with SIPO on 2020-01-15 within SIPO's 2020 call for model cities, which closes on "
                            + "2020-03-31 at 24:00 CST; SIPO decides it with the call's batch (PM-20, I-14)");
        }
        ProcessInstance suzhou = cases.running(ModelCityApplicationProcess.KEY, "320500");

        // At 24:00 CST of the closing date SIPO gets the batch, in the order of the recommendations, each with its
        // province's ranking and the findings on PM-18; SIPO selects Wuxi and Shenzhen and rejects Suzhou.
        calls.at("2020-03-31T23:59", call);
        assertThat(calls.task(call, YearlyCallProcess.TASK_DECIDE)).isEmpty();
        calls.at("2020-04-01T00:00", call);
        Task first = calls.task(call, YearlyCallProcess.TASK_DECIDE).orElseThrow();
        assertThat(first).hasCandidateGroup("sipo");
        assertThat(first.getName()).isEqualTo("Decide on Shenzhen (440300) for the 2020 list of model cities (PM-20)");
        assertThat((String) engine.getTaskService().getVariable(first.getId(),
                YearlyCallProcess.Decide.PROVINCE_ASSESSMENT.name())).contains("1. Shenzhen (440300): weighted total 95");
        assertThat((String) engine.getTaskService().getVariable(first.getId(),
                YearlyCallProcess.Decide.ELIGIBILITY_FINDINGS.name())).contains("Met - PM-18(ix)");
        calls.decideNext(call, YearlyCallProcess.APPROVE, null);
        assertThat(calls.applicantNow(call)).isEqualTo("320200");
        calls.decideNext(call, YearlyCallProcess.APPROVE, null);
        assertThat(calls.applicantNow(call)).isEqualTo("320500");
        calls.decideNext(call, YearlyCallProcess.REJECT, "Jiangsu's second candidate: not on this year's list");
        // Nothing is selected before the list: one list, one reply notice date (PM-20, I-14).
        assertThat(register.activeDesignation("320200", Title.MODEL_CITY)).isEmpty();
        EngineClock.setTo("2020-04-10T15:00");
        calls.approveList(call, "2020-04-10");

        for (String code : new String[] {"320200", "440300"}) {
            assertThat(register.activeDesignation(code, Title.MODEL_CITY)).as(code).hasValueSatisfying(model -> {
                assertThat(model.getTermStart()).isEqualTo(LocalDate.of(2020, 4, 10));
                assertThat(model.getTermEnd()).isEqualTo(LocalDate.of(2023, 4, 9));
            });
            assertThat(cases.running(ModelCityTermProcess.KEY, code)).as(code).isNotNull();
        }
        assertThat(suzhou).isEnded().hasPassed(ModelCityApplicationProcess.END_NOT_SELECTED);
        assertThat(register.activeDesignation("320500", Title.MODEL_CITY)).isEmpty();
        assertThat(register.activeDesignation("320500", Title.DEMONSTRATION_FOSTERING)).isPresent();
        assertThat(yearLists.of(2020).selectedModelCities()).extracting(YearLists.Entry::holderId,
                YearLists.Entry::date, YearLists.Entry::ruleId).containsExactly(
                        tuple("320200", LocalDate.of(2020, 4, 10), "PM-20"),
                        tuple("440300", LocalDate.of(2020, 4, 10), "PM-20"));
    }

    @Test
    void pm19ii_i13_equalScoresShareARank_aDeclinedBetterCandidateStandsInTheWay_evenOfACandidateScoredLater() {
        EngineClock.setTo("2021-01-15T09:00");
        fosteringCityApplyingIn2021("320400", "Changzhou");
        fosteringCityApplyingIn2021("320600", "Nantong");
        applyAndScore("320400", "85");
        applyAndScore("320600", "85");
        assertThat(ranking("320600")).contains("1. Changzhou (320400): weighted total 85")
                .contains("1. Nantong (320600): weighted total 85");
        // Equal totals share rank 1: either may be recommended first.
        recommend("320600", "NOT_RECOMMEND");
        recommend("320400", "RECOMMEND");

        // Nanjing, scored later and lower, is ranked below the candidate Jiangsu declined, which stands in its way.
        fosteringCityApplyingIn2021("320100", "Nanjing");
        applyAndScore("320100", "82");
        assertThat(ranking("320100")).contains("3. Nanjing (320100): weighted total 82")
                .contains("Nantong (320600): weighted total 85, objective strength 72.5, not recommended")
                .contains("Changzhou (320400): weighted total 85, objective strength 72.5, recommended");
        assertThatThrownBy(() -> recommend("320100", "RECOMMEND")).isInstanceOf(CaseRefusedException.class)
                .hasMessageContaining("Nanjing (320100) ranks 3 of 3, below Nantong (320600), rank 1 with weighted total 85,"
                        + " not recommended");
        recommend("320100", "NOT_RECOMMEND");
        assertThat(candidateScores.ofProvince("32", 2021)).extracting(ModelCandidateScore::getHolderId,
                ModelCandidateScore::getRecommendation).containsExactly(
                        tuple("320100", Recommendation.NOT_RECOMMENDED), tuple("320400", Recommendation.RECOMMENDED),
                        tuple("320600", Recommendation.NOT_RECOMMENDED));
        assertThat(candidateScores.ofProvince("32", 2020)).extracting(ModelCandidateScore::getHolderId)
                .doesNotContain("320100", "320400", "320600");
    }

    @Test
    void pm18iv_vi_rankAmongThePilotCities_aCityWhoseFiguresSipoRecordedForPm5vAlone_doesNotCount() {
        // Suqian holds no title: SIPO's figures of it serve its own application (PM-5(v)), not PM-18's ranking, where
        // it would push Hangzhou from 7 of 24 (inside the top 30%) to 8 of 25 (outside).
        SipoFigures.record(2019, "321300", "100", "1000000");
        fosteringCity("330100", "Hangzhou");
        ProcessInstance hangzhou = apply("330100");
        assertThat(hangzhou).isWaitingAt(ModelCityApplicationProcess.TASK_SCORE_CANDIDATE);
        assertThat(findings(hangzhou)).contains("Met - PM-18: conditions (i) to (viii) are met");
        assertThat(cases.task("330100", ModelCityApplicationProcess.TASK_SCORE_CANDIDATE)).hasCandidateGroup("province-33");
    }
}
