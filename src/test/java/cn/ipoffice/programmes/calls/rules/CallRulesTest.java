package cn.ipoffice.programmes.calls.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.rules.Decision;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** I-14's call and PM-7's quota per province, as plain rules. */
class CallRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @Test
    void i14_aClosingDateOfToday_isNotInThePast_yesterdayIs() {
        assertThat(CallOpening.decide("pilot cities", 2027, TODAY, null, TODAY, false).allowed()).isTrue();
        Decision yesterday = CallOpening.decide("pilot cities", 2027, TODAY.minusDays(1), null, TODAY, false);
        assertThat(yesterday.allowed()).isFalse();
        assertThat(yesterday.reasons()).singleElement().asString().startsWith("closingDate: the closing date 2027-02-28")
                .contains("today is 2027-03-01");
    }

    @Test
    void i14_oneCallPerProgrammeAndYear_andAQuotaNotBelowZero_eachReasonNamingItsField() {
        Decision refused = CallOpening.decide("pilot cities", 2027, TODAY, -1, TODAY, true);
        assertThat(refused.ruleId()).isEqualTo("I-14");
        assertThat(refused.reasons()).satisfiesExactly(
                second -> assertThat(second).startsWith("callYear: SIPO has already opened the 2027 call for pilot cities"),
                quota -> assertThat(quota).startsWith("quotaPerProvince:").contains("got -1"));
        assertThat(CallOpening.decide("pilot cities", 2027, TODAY, 0, TODAY, false).allowed()).isTrue();
    }

    @Test
    void pm7_aQuotaOf2_allows2ApprovalsOfAProvince_refuses3_namingTheProvince() {
        assertThat(ProvinceQuota.decide(2, Map.of("32", 2L, "33", 1L)).allowed()).isTrue();
        Decision over = ProvinceQuota.decide(2, Map.of("32", 3L, "33", 2L));
        assertThat(over.allowed()).isFalse();
        assertThat(over.reasons()).singleElement().asString().startsWith("province 32 (province-32): 3 approvals")
                .contains("quota of 2");
        assertThat(ProvinceQuota.decide(null, Map.of("32", 30L)).allowed()).as("no quota").isTrue();
    }
}
