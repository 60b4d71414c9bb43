package cn.ipoffice.programmes.modelcities.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.casework.Step;
import cn.ipoffice.programmes.modelcities.rules.ReexaminationDecision;
import cn.ipoffice.programmes.modelcities.usecase.RankModelCandidates.Candidate;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the model-city use cases decide on their own, without an engine; the process tests cover the flows. */
class ModelCityUseCasesTest {

    @Test
    void aStepsKeyIsTheRuleTheHolderAndTheCase_asTheRegisterHoldsThem() {
        assertThat(new Step("320500", "case-1").key("PM-20")).isEqualTo("PM-20:320500:case-1");
    }

    @Test
    void pm19_equalWeightedTotalsAreRankedByCode_theOtherApplicationsOfTheProvinceAndYearIncluded() {
        RankModelCandidates rank = new RankModelCandidates((group, year, except) -> {
            assertThat(List.of(group, year, except)).containsExactly("province-32", 2020, "case-suzhou");
            return List.of(new Candidate("320200", "Wuxi", new BigDecimal("84")),
                    new Candidate("320100", "Nanjing", new BigDecimal("86.5")));
        });
        assertThat(rank.rank(new Candidate("320500", "Suzhou", new BigDecimal("86.50")), "province-32", 2020,
                "case-suzhou")).isEqualTo("""
                        PM-19: eligible candidates of 2020, by weighted total
                        1. Nanjing (320100): weighted total 86.5
                        2. Suzhou (320500): weighted total 86.50
                        3. Wuxi (320200): weighted total 84""");
    }

    @Test
    void pm28_onlyAPassIsRefused_andOnlyWhenTheRecheckFoundAConditionNotMet() {
        CheckReexaminationDecision check = new CheckReexaminationDecision();
        CheckModelConditions.Outcome notMet = new CheckModelConditions.Outcome(false,
                "NOT MET - PM-18(vii): 1 excellent grade(s)\nMet - PM-18(ix)");
        assertThat(check.check(ReexaminationDecision.PASS, notMet).reasons()).singleElement().asString()
                .isEqualTo("PM-28: the city no longer meets the conditions of PM-18 and cannot pass: "
                        + "NOT MET - PM-18(vii): 1 excellent grade(s) Met - PM-18(ix)");
        assertThat(check.check(ReexaminationDecision.FAIL, notMet).allowed()).isTrue();
        assertThat(check.check(ReexaminationDecision.PASS, new CheckModelConditions.Outcome(true, "Met - PM-18")).allowed())
                .isTrue();
    }
}
