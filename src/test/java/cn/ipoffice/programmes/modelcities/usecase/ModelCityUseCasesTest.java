package cn.ipoffice.programmes.modelcities.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.casework.Step;
import cn.ipoffice.programmes.modelcities.rules.ReexaminationDecision;
import org.junit.jupiter.api.Test;

/** What the model-city use cases decide on their own, without an engine; the process tests cover the flows. */
class ModelCityUseCasesTest {

    @Test
    void aStepsKeyIsTheRuleTheHolderAndTheCase_asTheRegisterHoldsThem() {
        assertThat(new Step("320500", "case-1").key("PM-20")).isEqualTo("PM-20:320500:case-1");
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
