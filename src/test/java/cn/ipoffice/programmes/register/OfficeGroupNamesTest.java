package cn.ipoffice.programmes.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The offices' names Cockpit's overdue page shows for the groups that owe a step (docs/rules.md "Who does what"). */
class OfficeGroupNamesTest {

    private static final Instant NOW = Instant.parse("2026-02-03T01:00:00Z");
    private static final Map<String, Holder> REGISTER = Map.of(
            "320500", new Holder("320500", "Suzhou", HolderKind.PREFECTURE_LEVEL_CITY, NOW),
            "110105", new Holder("110105", "Chaoyang", HolderKind.MUNICIPALITY_DISTRICT, NOW),
            "320500-sip", new Holder("320500-sip", "Suzhou Industrial Park", HolderKind.HI_TECH_ZONE, NOW));

    private static String name(String group) {
        return OfficeGroupNames.of(group, REGISTER, Map.of("330400", "Jiaxing", "310115", "Pudong New Area",
                "330100-hz", "Hangzhou Hi-tech Zone"));
    }

    @Test
    void eachOfficeByItsNameAndGroup() {
        assertThat(name("gov-320500")).isEqualTo("Suzhou municipal government (gov-320500)");
        assertThat(name("province-32")).isEqualTo("Jiangsu provincial IP office (province-32)");
        assertThat(name("sipo")).isEqualTo("SIPO (sipo)");
        assertThat(name("gov-110105")).isEqualTo("Chaoyang district government (gov-110105)");
        assertThat(name("gov-320500-sip")).isEqualTo("Suzhou Industrial Park administrative committee (gov-320500-sip)");
    }

    @Test
    void aHolderTheRegisterDoesNotHoldYet_isNamedAsItsCaseNamesIt_orByItsCode() {
        assertThat(name("gov-330400")).isEqualTo("Jiaxing municipal government (gov-330400)");
        assertThat(name("gov-310115")).isEqualTo("Pudong New Area district government (gov-310115)");
        assertThat(name("gov-330100-hz")).isEqualTo("Hangzhou Hi-tech Zone administrative committee (gov-330100-hz)");
        assertThat(name("gov-330500")).isEqualTo("Government of 330500 (gov-330500)");
        assertThat(name("province-99")).isEqualTo("Provincial IP office 99 (province-99)");
        assertThat(name("modelers")).isEqualTo("modelers");
    }
}
