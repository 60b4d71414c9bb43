package cn.ipoffice.programmes.modelcities.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.rules.Decision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model-city rules of docs/rules.md, as plain Java, with their boundaries. */
class ModelCityRulesTest {

    private static ModelCityConditions.Facts facts(LocalDate fosteringSince, LocalDate appliedOn, NationalRank enforcement,
            NationalRank pledge, int excellent, String objective, String weighted) {
        return new ModelCityConditions.Facts("320500", fosteringSince, appliedOn, false, true, true, true, true, 2019,
                enforcement, pledge, excellent, new IndicatorScores(new BigDecimal(objective), new BigDecimal(weighted)));
    }

    private static final LocalDate APPLIED = LocalDate.of(2020, 1, 15);
    private static final NationalRank THIRD_OF_TEN = new NationalRank(3, 10);

    private static Decision withScores(String objective, String weighted) {
        return ModelCityConditions.decide(facts(LocalDate.of(2018, 6, 1), APPLIED, THIRD_OF_TEN, THIRD_OF_TEN, 2, objective, weighted));
    }

    @Test
    void pm18_allNineConditionsMet() {
        assertThat(withScores("60", "80").allowed()).isTrue();
    }

    @Test
    void pm18_ix_objectiveStrengthOf59point9Fails_60Passes() {
        assertThat(withScores("59.9", "85").reasons()).singleElement().asString().startsWith("PM-18(ix)").contains("59.9");
        assertThat(withScores("60", "85").allowed()).isTrue();
    }

    @Test
    void pm18_ix_weightedTotalOf79point9Fails_80Passes() {
        assertThat(withScores("70", "79.9").reasons()).singleElement().asString().contains("weighted total 79.9");
        assertThat(withScores("70", "80").allowed()).isTrue();
    }

    @Test
    void pm18_i_exactlyOneYearOfFosteringIsEnough_aDayLessIsNot() {
        LocalDate since = LocalDate.of(2019, 1, 15);
        assertThat(ModelCityConditions.decide(facts(since, LocalDate.of(2020, 1, 15), THIRD_OF_TEN, THIRD_OF_TEN, 2, "60", "80"))
                .allowed()).isTrue();
        assertThat(ModelCityConditions.decide(facts(since, LocalDate.of(2020, 1, 14), THIRD_OF_TEN, THIRD_OF_TEN, 2, "60", "80"))
                .reasons()).singleElement().asString().startsWith("PM-18(i)");
        assertThat(ModelCityConditions.decide(facts(null, APPLIED, THIRD_OF_TEN, THIRD_OF_TEN, 2, "60", "80")).reasons())
                .singleElement().asString().contains("not in the demonstration fostering stage");
    }

    @Test
    void pm18_iv_vi_i7_theTop30PercentCutOff() {
        LocalDate since = LocalDate.of(2018, 6, 1);
        assertThat(ModelCityConditions.decide(facts(since, APPLIED, new NationalRank(3, 10), new NationalRank(3, 10), 2, "60", "80"))
                .allowed()).isTrue();
        Decision fourth = ModelCityConditions.decide(facts(since, APPLIED, new NationalRank(4, 10), new NationalRank(30, 99), 2, "60", "80"));
        assertThat(fourth.reasons()).hasSize(2).anyMatch(r -> r.startsWith("PM-18(iv)") && r.contains("4 of 10"))
                .anyMatch(r -> r.startsWith("PM-18(vi)") && r.contains("30 of 99"));
        assertThat(ModelCityConditions.decide(facts(since, APPLIED, null, THIRD_OF_TEN, 2, "60", "80")).reasons())
                .singleElement().asString().isEqualTo("PM-18(iv): SIPO has recorded no enforcement evaluation figure of"
                        + " 320500 for 2019, the year before the application");
    }

    @Test
    void pm18_onAnApplication_conditionsIToViii_theProvincesScoresDecideIx() {
        Decision withoutScores = ModelCityConditions.decide(new ModelCityConditions.Facts("320500", LocalDate.of(2018, 6, 1),
                APPLIED, false, true, true, true, true, 2019, THIRD_OF_TEN, THIRD_OF_TEN, 2, null));
        assertThat(withoutScores.allowed()).isTrue();
        assertThat(withoutScores.reasons()).singleElement().asString().isEqualTo("PM-18: conditions (i) to (viii) are met;"
                + " (ix) follows on the provincial office's scores (PM-19(ii))");
    }

    @Test
    void pm18ix_theProvincesScores_59point99And79point99Fail_60And80Pass() {
        assertThat(new IndicatorScores(new BigDecimal("60"), new BigDecimal("80.00")).decide().reasons()).singleElement()
                .asString().isEqualTo("PM-18(ix): objective strength 60 and weighted total 80 as the provincial office scored them");
        Decision both = new IndicatorScores(new BigDecimal("59.99"), new BigDecimal("79.99")).decide();
        assertThat(both.allowed()).isFalse();
        assertThat(both.reasons()).containsExactly("PM-18(ix): objective strength 59.99 is below 60",
                "PM-18(ix): weighted total 79.99 is below 80");
        assertThat(new IndicatorScores(new BigDecimal("100"), new BigDecimal("79.99")).decide().reasons()).hasSize(1);
    }

    @Test
    void pm19ii_i13_theEligibleCandidatesRankedByWeightedTotal_equalTotalsShareTheBetterRank() {
        List<CandidateRanking.Candidate> eligible = List.of(
                candidate("320200", "Wuxi", "84", CandidateRanking.Status.OPEN),
                candidate("320100", "Nanjing", "86.5", CandidateRanking.Status.RECOMMENDED),
                candidate("320500", "Suzhou", "86.50", CandidateRanking.Status.OPEN),
                candidate("320400", "Changzhou", "90", CandidateRanking.Status.NOT_RECOMMENDED));
        assertThat(CandidateRanking.text(2020, eligible)).isEqualTo("PM-19(ii): eligible candidates of the province in 2020,"
                + " ranked by the weighted total the provincial office gave (I-13: equal totals share a rank)\n" + """
                1. Changzhou (320400): weighted total 90, objective strength 70, not recommended
                2. Nanjing (320100): weighted total 86.5, objective strength 70, recommended
                2. Suzhou (320500): weighted total 86.5, objective strength 70, waiting for the recommendation
                4. Wuxi (320200): weighted total 84, objective strength 70, waiting for the recommendation""");
    }

    @Test
    void pm19ii_recommendingIsRefusedWhileABetterRankedCandidateIsNotRecommended_naming_it() {
        List<CandidateRanking.Candidate> eligible = List.of(
                candidate("320200", "Wuxi", "84", CandidateRanking.Status.OPEN),
                candidate("320100", "Nanjing", "86.5", CandidateRanking.Status.RECOMMENDED),
                candidate("320500", "Suzhou", "86.5", CandidateRanking.Status.OPEN));
        // Suzhou shares rank 2 with Nanjing, recommended: nothing better stands in the way.
        assertThat(CandidateRanking.recommend("320500", eligible).allowed()).isTrue();
        Decision wuxi = CandidateRanking.recommend("320200", eligible);
        assertThat(wuxi.allowed()).isFalse();
        assertThat(wuxi.reasons()).singleElement().asString().isEqualTo("PM-19(ii): the province recommends its best"
                + " candidates first; Wuxi (320200) ranks 3 of 3, below Suzhou (320500), rank 1 with weighted total 86.5,"
                + " not yet decided");
    }

    private static CandidateRanking.Candidate candidate(String code, String name, String weightedTotal,
            CandidateRanking.Status status) {
        return new CandidateRanking.Candidate(code, name, new BigDecimal("70"), new BigDecimal(weightedTotal), status);
    }

    @Test
    void pm18_vii_twoExcellentGradesAreRequired() {
        assertThat(ModelCityConditions.decide(facts(LocalDate.of(2018, 6, 1), APPLIED, THIRD_OF_TEN, THIRD_OF_TEN, 1, "60", "80"))
                .reasons()).singleElement().asString().startsWith("PM-18(vii)");
    }

    @Test
    void pm28_atReexaminationFosteringIsHistory() {
        ModelCityConditions.Facts facts = new ModelCityConditions.Facts("320500", null, APPLIED, true, true, true, true, true,
                2019, THIRD_OF_TEN, THIRD_OF_TEN, 2, new IndicatorScores(new BigDecimal("60"), new BigDecimal("80")));
        assertThat(ModelCityConditions.decide(facts).allowed()).isTrue();
    }

    @Test
    void nationalRank_countsTheHigherFigures_tiesShareARank() {
        List<BigDecimal> all = List.of(new BigDecimal("90"), new BigDecimal("85"), new BigDecimal("85"), new BigDecimal("70"));
        assertThat(NationalRank.of(new BigDecimal("85"), all)).isEqualTo(new NationalRank(2, 4));
        assertThat(NationalRank.of(new BigDecimal("70"), all)).isEqualTo(new NationalRank(4, 4));
    }

    @Test
    void pm27_noApplicationWithinFourMonths_banStartsTheNextDay() {
        assertThat(ModelTermEnd.noApplicationBanStarts(LocalDate.of(2023, 3, 9))).isEqualTo(LocalDate.of(2023, 7, 10));
        assertThat(ModelTermEnd.noApplicationReason(LocalDate.of(2023, 3, 9))).contains("2023-07-09");
    }

    @Test
    void pm32c_lastOfItsCategoryTwoYearsRunning() {
        assertThat(LastTwoYearsRunning.detect(List.of(new LastTwoYearsRunning.Placing(2020, 13, 13),
                new LastTwoYearsRunning.Placing(2021, 12, 12)))).hasValueSatisfying(f -> assertThat(f).contains("2020").contains("2021"));
        assertThat(LastTwoYearsRunning.detect(List.of(new LastTwoYearsRunning.Placing(2020, 13, 13),
                new LastTwoYearsRunning.Placing(2021, 11, 12)))).isEmpty();
        assertThat(LastTwoYearsRunning.detect(List.of(new LastTwoYearsRunning.Placing(2019, 13, 13),
                new LastTwoYearsRunning.Placing(2021, 12, 12)))).isEmpty();
    }

    @Test
    void pm32c_theLatestPairOfYearsLast_isTheFindingsPair() {
        assertThat(LastTwoYearsRunning.latestPair(List.of(new LastTwoYearsRunning.Placing(2019, 13, 13),
                new LastTwoYearsRunning.Placing(2020, 13, 13), new LastTwoYearsRunning.Placing(2021, 12, 12))))
                .hasValueSatisfying(f -> {
                    assertThat(f.firstYear()).isEqualTo(2020);
                    assertThat(f.secondYear()).isEqualTo(2021);
                    assertThat(f.text()).contains("2020 (13 of 13)").contains("2021 (12 of 12)");
                });
        assertThat(LastTwoYearsRunning.latestPair(List.of(new LastTwoYearsRunning.Placing(2019, 13, 13),
                new LastTwoYearsRunning.Placing(2020, 13, 13), new LastTwoYearsRunning.Placing(2021, 5, 12))))
                .hasValueSatisfying(f -> assertThat(f.secondYear()).isEqualTo(2020));
    }

    @Test
    void i4_pm31CancelsAndPm32Withdraws_withoutABan() {
        assertThat(WithdrawalGround.FRAUD.ruleId()).isEqualTo("PM-31");
        assertThat(WithdrawalGround.FRAUD.cancels()).isTrue();
        assertThat(WithdrawalGround.UNQUALIFIED_ENFORCEMENT.ruleId()).isEqualTo("PM-32");
        assertThat(WithdrawalGround.UNQUALIFIED_ENFORCEMENT.cancels()).isFalse();
    }

    @Test
    void PM_31_fraudDisqualifiesAnApplicationInProgress_orCancelsATitleObtained_andOtherwiseActsOnNothing() {
        Decision applying = FindingTarget.decide(WithdrawalGround.FRAUD, "321200", Title.PILOT_CITY, false, false, true);
        assertThat(applying.allowed()).isTrue();
        assertThat(applying.reasons()).singleElement().asString().contains("application in progress is disqualified");
        Decision held = FindingTarget.decide(WithdrawalGround.FRAUD, "321200", Title.PILOT_CITY, true, true, false);
        assertThat(held.allowed()).isTrue();
        assertThat(held.reasons()).singleElement().asString().contains("title is cancelled");

        Decision nothing = FindingTarget.decide(WithdrawalGround.FRAUD, "321200", Title.MODEL_CITY, true, false, false);
        assertThat(nothing.allowed()).isFalse();
        assertThat(nothing.ruleId()).isEqualTo("PM-31");
        assertThat(nothing.reasons()).singleElement().asString().startsWith("title: 321200 neither holds the title MODEL_CITY");
    }

    @Test
    void pm32_withdrawsOnlyFromAHolderTheRegisterKnows() {
        Decision unknown = FindingTarget.decide(WithdrawalGround.UNQUALIFIED_ENFORCEMENT, "321200", Title.PILOT_CITY, false,
                false, true);
        assertThat(unknown.allowed()).isFalse();
        assertThat(unknown.reasons()).singleElement().asString().startsWith("holderId: 321200 is not in the register");
        assertThat(FindingTarget.decide(WithdrawalGround.LAST_TWO_YEARS_RUNNING, "321200", Title.PILOT_CITY, true, true,
                false).allowed()).isTrue();
    }
}
