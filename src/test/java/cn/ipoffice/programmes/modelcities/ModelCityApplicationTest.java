package cn.ipoffice.programmes.modelcities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Decide;
import cn.ipoffice.programmes.pilotcities.DemonstrationFosteringProcess;
import cn.ipoffice.programmes.register.CandidateScores;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.ModelCandidateScore;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.ProcessCoverage;
import cn.ipoffice.programmes.support.SipoCalls;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The model-city application (PM-18, PM-19, PM-20), every path of its diagram. */
@ProcessCoverage(exclude = {ModelCityTermProcess.KEY, DemonstrationFosteringProcess.KEY, "annual-report", "yearly-call"},
        atLeast = 1.0)
class ModelCityApplicationTest extends CaseTest {

    @Autowired
    private CandidateScores candidateScores;

    @BeforeEach
    void setUp() {
        EngineClock.setTo("2020-01-15T09:00");
        ModelCityFixtures.figures2019(register);
    }

    private ProcessInstance apply(String code) {
        return engine.getRuntimeService().startProcessInstanceByKey(ModelCityApplicationProcess.KEY,
                ModelCityFixtures.application(code));
    }

    /** The city applies and its province scores it (PM-19(ii)) with objective strength 72.5. */
    private ProcessInstance apply(String code, String weightedTotal) {
        ProcessInstance application = apply(code);
        score(code, "72.5", weightedTotal);
        return application;
    }

    private void score(String code, String objectiveStrength, String weightedTotal) {
        cases.submit(code, ModelCityApplicationProcess.TASK_SCORE_CANDIDATE,
                ModelCityFixtures.scores(objectiveStrength, weightedTotal));
    }

    private void recommend(String code, String recommendation) {
        cases.submit(code, ModelCityApplicationProcess.TASK_RECOMMEND, Map.of(Decide.RECOMMENDATION.name(), recommendation,
                "recommendationRemarks", "Decided on the province's ranking"));
    }

    @Test
    void pm20_i14_selectionInSipoCall_recordsTheModelTitleFromTheListsDate_endsFostering_andStartsTheTerm() {
        ModelCityFixtures.fosteringCity(register, "320500", "Suzhou");
        ModelCityFixtures.fosteringCity(register, "320200", "Wuxi");
        ProcessInstance fostering = cases.startCase(DemonstrationFosteringProcess.KEY, "320500", "Suzhou",
                LocalDate.of(2018, 6, 1), false, "province-32");
        apply("320200", "84");
        ProcessInstance suzhou = apply("320500", "86.5");

        Task recommendation = cases.task("320500", ModelCityApplicationProcess.TASK_RECOMMEND);
        assertThat(recommendation).hasCandidateGroup("province-32");
        assertThat((String) engine.getTaskService().getVariable(recommendation.getId(), Decide.CANDIDATE_RANKING.name()))
                .contains("1. Suzhou (320500): weighted total 86.5, objective strength 72.5, waiting for the recommendation")
                .contains("2. Wuxi (320200): weighted total 84, objective strength 72.5, waiting for the recommendation");
        cases.complete("320500", ModelCityApplicationProcess.TASK_RECOMMEND,
                Map.of(Decide.RECOMMENDATION.name(), "RECOMMEND", "recommendationRemarks", "Best of the province"));
        // I-14: recommended when no call for model cities is open, the candidate waits for SIPO's next call.
        assertThat(suzhou).isWaitingAt(ModelCityApplicationProcess.EVENT_AWAIT_CALL)
                .hasPassed(ModelCityApplicationProcess.TASK_ENTER_CALL);
        assertThat((String) engine.getRuntimeService().getVariable(suzhou.getId(), Decide.CALL_STATUS.name()))
                .isEqualTo("Filed with SIPO on 2020-01-15, when no call for model cities was open: it waits for SIPO's "
                        + "next call (PM-20, I-14)");
        SipoCalls.modelCities(engine).approve("320500", "2020-03-10");

        assertThat(suzhou).isEnded().hasPassed(ModelCityApplicationProcess.TASK_RECORD_TITLE,
                ModelCityApplicationProcess.TASK_END_FOSTERING, ModelCityApplicationProcess.END_SELECTED);
        assertThat(fostering).isEnded();
        Designation model = register.activeDesignation("320500", Title.MODEL_CITY).orElseThrow();
        assertThat(model.getTermStart()).isEqualTo(LocalDate.of(2020, 3, 10));
        assertThat(model.getTermEnd()).isEqualTo(LocalDate.of(2023, 3, 9));
        assertThat(register.designationsOf("320500")).filteredOn(d -> d.getTitle() == Title.DEMONSTRATION_FOSTERING)
                .singleElement().extracting(Designation::getStatus).isEqualTo(DesignationStatus.COMPLETED);
        assertThat(cases.running(ModelCityTermProcess.KEY, "320500")).isNotNull();
        assertThat(cases.task("320500", ModelCityTermProcess.TASK_RECORD_WORK_PLAN).getDueDate())
                .isEqualTo(EngineClock.cstDate("2020-07-11T00:00"));
    }

    @Test
    void i15_aSittingModelCityApplyingAgainForItsTitle_isIneligible_withItsTermNamed() {
        ModelCityFixtures.modelCity(register, "510100", "Chengdu");
        ProcessInstance again = apply("510100");
        assertThat(again).isWaitingAt(ModelCityApplicationProcess.TASK_CONFIRM_INELIGIBILITY);
        assertThat((String) engine.getRuntimeService().getVariable(again.getId(), Decide.CONDITIONS_FINDINGS.name()))
                .contains("NOT MET - PM-20, I-15: already holds the model-city title (round 1, 2020-03-10 to 2023-03-09)");
        assertThat(register.designationsOf("510100")).filteredOn(d -> d.getTitle() == Title.MODEL_CITY).hasSize(1);
    }

    /** Two fostering cycles of a city: the first from {@code first}, closed, the second from {@code second}, running. */
    private void twoFosteringCycles(String code, String name, LocalDate first, LocalDate second) {
        register.enterHolder(code, name, HolderKind.SUB_PROVINCIAL_CITY);
        register.grant(code, Title.DEMONSTRATION_FOSTERING, DeadlineCalendar.term(first, 3), 1, "PM-15",
                "test:PM-15:" + code + ":1", null);
        register.closeActive(code, Title.DEMONSTRATION_FOSTERING, DesignationStatus.COMPLETED, "PM-16", "cycle ended");
        register.grant(code, Title.DEMONSTRATION_FOSTERING, DeadlineCalendar.term(second, 3), 2, "PM-15",
                "test:PM-15:" + code + ":2", null);
    }

    private String findings(ProcessInstance application) {
        return (String) engine.getRuntimeService().getVariable(application.getId(), Decide.CONDITIONS_FINDINGS.name());
    }

    @Test
    void i11_pm18i_countsTheCurrentUnbrokenStayInFostering_notAnEarlierOne() {
        // Xiamen: fostering 2015-06-01 to 2018-05-31, a break, fostering again from 2019-06-01.
        twoFosteringCycles("350200", "Xiamen", LocalDate.of(2015, 6, 1), LocalDate.of(2019, 6, 1));
        assertThat(findings(apply("350200")))
                .contains("PM-18(i): in fostering since 2019-06-01, less than 1 year on 2020-01-15");

        // Wuhan: two fostering cycles that follow each other without a gap count together, from 2016-01-10.
        twoFosteringCycles("420100", "Wuhan", LocalDate.of(2016, 1, 10), LocalDate.of(2019, 1, 10));
        assertThat(findings(apply("420100"))).doesNotContain("PM-18(i)");
    }

    @Test
    void pm18_eachFailedConditionIsShownWithItsNumber_beforeTheProvinceScores() {
        ModelCityFixtures.fosteringCity(register, "330100", "Hangzhou");
        ProcessInstance hangzhou = apply("330100");
        assertThat(hangzhou).isWaitingAt(ModelCityApplicationProcess.TASK_CONFIRM_INELIGIBILITY)
                .hasNotPassed(ModelCityApplicationProcess.TASK_SCORE_CANDIDATE);
        String findings = (String) engine.getRuntimeService().getVariable(hangzhou.getId(), Decide.CONDITIONS_FINDINGS.name());
        assertThat(findings).contains("NOT MET - PM-18(iv): enforcement evaluation ranks 4 of 10")
                .contains("NOT MET - PM-18(vi)").doesNotContain("PM-18(ix)");
        cases.complete("330100", ModelCityApplicationProcess.TASK_CONFIRM_INELIGIBILITY,
                Map.of("ineligibilityNotice", "Zhe Zhi Han [2020] No. 4"));
        assertThat(hangzhou).isEnded().hasPassed(ModelCityApplicationProcess.END_INELIGIBLE);
    }

    @Test
    void pm18_i_aPilotCityNotInFosteringIsNotEligible_andABannedCityIsRefused() {
        ProcessInstance xian = apply("610100");
        assertThat((String) engine.getRuntimeService().getVariable(xian.getId(), Decide.CONDITIONS_FINDINGS.name()))
                .contains("PM-18(i): the city is not in the demonstration fostering stage").contains("PM-18(vii)");

        ModelCityFixtures.fosteringCity(register, "320100", "Nanjing");
        register.imposeBan("320100", Title.MODEL_CITY, LocalDate.of(2019, 2, 1), 2, "PM-29", "Reexamination failed",
                "fixture:ban:320100");
        ProcessInstance nanjing = apply("320100");
        assertThat(nanjing).isWaitingAt(ModelCityApplicationProcess.TASK_CONFIRM_INELIGIBILITY);
        assertThat((String) engine.getRuntimeService().getVariable(nanjing.getId(), Decide.CONDITIONS_FINDINGS.name()))
                .contains("NOT MET - PM-29: banned from applying for this title until 2021-01-31");
    }

    @Test
    void pm19_notRecommended_pm20_notSelected() {
        ModelCityFixtures.fosteringCity(register, "440300", "Shenzhen");
        ProcessInstance first = apply("440300", "84");
        cases.complete("440300", ModelCityApplicationProcess.TASK_RECOMMEND,
                Map.of(Decide.RECOMMENDATION.name(), "NOT_RECOMMEND", "recommendationRemarks", "Others rank higher"));
        assertThat(first).isEnded().hasPassed(ModelCityApplicationProcess.END_NOT_RECOMMENDED);

        ProcessInstance second = apply("440300", "84");
        cases.complete("440300", ModelCityApplicationProcess.TASK_RECOMMEND,
                Map.of(Decide.RECOMMENDATION.name(), "RECOMMEND", "recommendationRemarks", "Strong candidate"));
        SipoCalls.modelCities(engine).reject("440300", "Quota of the year reached");
        assertThat(second).isEnded().hasPassed(ModelCityApplicationProcess.EVENT_AWAIT_CALL,
                ModelCityApplicationProcess.END_NOT_SELECTED);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(second.getId())
                .variableName(Decide.REJECTION_REASON.name()).singleResult().getValue())
                .isEqualTo("Quota of the year reached");
        assertThat(register.activeDesignation("440300", Title.MODEL_CITY)).isEmpty();
        assertThat(register.activeDesignation("440300", Title.DEMONSTRATION_FOSTERING)).isPresent();
    }

    @Test
    void pm18ix_onTheProvincesScores_objectiveStrength59point99Fails_60Passes_weightedTotal79point99Fails_80Passes() {
        ModelCityFixtures.fosteringCity(register, "440300", "Shenzhen");
        ProcessInstance first = apply("440300");
        assertThat(first).isWaitingAt(ModelCityApplicationProcess.TASK_SCORE_CANDIDATE);
        assertThat(cases.task("440300", ModelCityApplicationProcess.TASK_SCORE_CANDIDATE)).hasCandidateGroup("province-44");
        score("440300", "59.99", "80");
        assertThat(first).isWaitingAt(ModelCityApplicationProcess.TASK_CONFIRM_INELIGIBILITY)
                .hasPassed(ModelCityApplicationProcess.TASK_CHECK_SCORES);
        assertThat(findings(first)).contains("Met - PM-18: conditions (i) to (viii) are met")
                .contains("NOT MET - PM-18(ix): objective strength 59.99 is below 60").doesNotContain("weighted total 80 is");
        assertThat(candidateScores.of("440300", 2020).orElseThrow().isEligible()).isFalse();
        cases.complete("440300", ModelCityApplicationProcess.TASK_CONFIRM_INELIGIBILITY,
                Map.of("ineligibilityNotice", "Yue Zhi Han [2020] No. 2"));
        assertThat(first).isEnded().hasPassed(ModelCityApplicationProcess.END_INELIGIBLE);

        ProcessInstance second = apply("440300", "79.99");
        assertThat(findings(second)).contains("NOT MET - PM-18(ix): weighted total 79.99 is below 80");
        cases.complete("440300", ModelCityApplicationProcess.TASK_CONFIRM_INELIGIBILITY,
                Map.of("ineligibilityNotice", "Yue Zhi Han [2020] No. 3"));

        ProcessInstance third = apply("440300");
        score("440300", "60", "80");
        assertThat(third).isWaitingAt(ModelCityApplicationProcess.TASK_RECOMMEND);
        assertThat(findings(third)).contains("Met - PM-18(ix): objective strength 60 and weighted total 80");
        ModelCandidateScore score = candidateScores.of("440300", 2020).orElseThrow();
        assertThat(score.isEligible()).isTrue();
        assertThat(score.getWeightedTotal()).isEqualByComparingTo("80");
        assertThat(score.getObjectiveStrength()).isEqualByComparingTo("60");
        assertThat(score.getCaseId()).isEqualTo(third.getId());
        recommend("440300", "NOT_RECOMMEND");
        assertThat(third).isEnded().hasPassed(ModelCityApplicationProcess.END_NOT_RECOMMENDED);
    }
}
