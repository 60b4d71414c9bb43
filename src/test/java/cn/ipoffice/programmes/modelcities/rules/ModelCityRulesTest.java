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
        return new ModelCityConditions.Facts(fosteringSince, appliedOn, false, true, true, true, true, enforcement, pledge,
                excellent, new BigDecimal(objective), new BigDecimal(weighted));
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
                .singleElement().asString().contains("no enforcement evaluation figures");
    }

    @Test
    void pm18_vii_twoExcellentGradesAreRequired() {
        assertThat(ModelCityConditions.decide(facts(LocalDate.of(2018, 6, 1), APPLIED, THIRD_OF_TEN, THIRD_OF_TEN, 1, "60", "80"))
                .reasons()).singleElement().asString().startsWith("PM-18(vii)");
    }

    @Test
    void pm28_atReexaminationFosteringIsHistory() {
        ModelCityConditions.Facts facts = new ModelCityConditions.Facts(null, APPLIED, true, true, true, true, true,
                THIRD_OF_TEN, THIRD_OF_TEN, 2, new BigDecimal("60"), new BigDecimal("80"));
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
