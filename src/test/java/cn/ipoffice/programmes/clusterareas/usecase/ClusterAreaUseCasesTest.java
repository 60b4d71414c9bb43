package cn.ipoffice.programmes.clusterareas.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.clusterareas.rules.ClusterMaterials;
import cn.ipoffice.programmes.clusterareas.rules.IpKind;
import cn.ipoffice.programmes.clusterareas.usecase.CheckClusterEligibility.Application;
import cn.ipoffice.programmes.register.HolderKind;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** What the reviewers read from the checks of an application, without an engine. */
class ClusterAreaUseCasesTest {

    private final CheckClusterEligibility eligibility = new CheckClusterEligibility();
    private final CheckClusterMaterials materials = new CheckClusterMaterials();

    @Test
    void ca5_ca6_theFindingsListEachRuleMetOrNot_thenTheKindsOfIpNoAgencyServes() {
        CheckClusterEligibility.Outcome outcome = eligibility.check(new Application(HolderKind.OTHER_ZONE, true, true, 40,
                EnumSet.complementOf(EnumSet.of(IpKind.GEOGRAPHICAL_INDICATION, IpKind.NEW_PLANT_VARIETY))));
        assertThat(outcome.eligible()).isFalse();
        assertThat(outcome.findings().split("\n")).satisfiesExactly(
                line -> assertThat(line).startsWith("NOT MET - CA-5: a zone of the kind other zone may not apply"),
                line -> assertThat(line).isEqualTo("Met - CA-6: the three requirements are met with 40 IP service agencies"),
                line -> assertThat(line).isEqualTo("CA-6(3) finding: no agency serves geographical indication"),
                line -> assertThat(line).isEqualTo("CA-6(3) finding: no agency serves new plant variety"));
    }

    @Test
    void ca6_aKindOfIpNotServedDoesNotMakeTheAreaIneligible() {
        CheckClusterEligibility.Outcome outcome = eligibility.check(new Application(HolderKind.HI_TECH_ZONE, true, true, 31,
                EnumSet.noneOf(IpKind.class)));
        assertThat(outcome.eligible()).isTrue();
        assertThat(outcome.findings()).startsWith("Met - CA-5").contains("no agency serves patent");
    }

    @Test
    void ca7_completeMaterialsLeaveNothingMissing_eachMissingOneIsALine() {
        assertThat(materials.check(new ClusterMaterials.Filed(true, true, true, true)))
                .isEqualTo(new CheckClusterMaterials.Outcome(true, ""));
        assertThat(materials.check(new ClusterMaterials.Filed(false, true, true, false)))
                .isEqualTo(new CheckClusterMaterials.Outcome(false, "CA-7: the provincial recommendation letter is missing\n"
                        + "CA-7: the commitment letter on truthfulness is missing"));
    }
}
