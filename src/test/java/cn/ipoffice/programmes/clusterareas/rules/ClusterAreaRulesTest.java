package cn.ipoffice.programmes.clusterareas.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.rules.Decision;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cluster-area rules of docs/rules.md, as plain Java, with their boundaries. */
class ClusterAreaRulesTest {

    private static ClusterRequirements.Result requirements(int agencies, EnumSet<IpKind> served) {
        return ClusterRequirements.decide(new ClusterRequirements.Attested(true, true, agencies, served));
    }

    @Test
    void ca5_theFiveKindsOfZoneMayApply_anyOtherIsRefusedWithTheReason() {
        for (HolderKind kind : List.of(HolderKind.HI_TECH_ZONE, HolderKind.ECONOMIC_DEVELOPMENT_ZONE,
                HolderKind.FOREIGN_TRADE_PARK, HolderKind.SERVICE_SECTOR_REFORM_AREA,
                HolderKind.IP_PILOT_OR_DEMONSTRATION_PARK)) {
            assertThat(ClusterApplicantKind.decide(kind).allowed()).as(kind.name()).isTrue();
        }
        Decision other = ClusterApplicantKind.decide(HolderKind.OTHER_ZONE);
        assertThat(other.allowed()).isFalse();
        assertThat(other.reasons()).singleElement().asString().startsWith("CA-5").contains("other zone");
        assertThat(ClusterApplicantKind.decide(HolderKind.PREFECTURE_LEVEL_CITY).allowed()).isFalse();
    }

    @Test
    void ca6_30AgenciesAreNotEnough_31Are() {
        Decision thirty = requirements(30, EnumSet.allOf(IpKind.class)).decision();
        assertThat(thirty.allowed()).isFalse();
        assertThat(thirty.reasons()).singleElement().asString().startsWith("CA-6(3)").contains("30 IP service agencies");
        assertThat(requirements(31, EnumSet.allOf(IpKind.class)).decision().allowed()).isTrue();
    }

    @Test
    void ca6_kindsOfIpNotServedAreFindings_notRefusals() {
        ClusterRequirements.Result result = requirements(45, EnumSet.of(IpKind.PATENT, IpKind.TRADEMARK, IpKind.COPYRIGHT));
        assertThat(result.decision().allowed()).isTrue();
        assertThat(result.findings()).containsExactly("CA-6(3) finding: no agency serves geographical indication",
                "CA-6(3) finding: no agency serves new plant variety");
        assertThat(ClusterRequirements.decide(new ClusterRequirements.Attested(false, false, 31, EnumSet.allOf(IpKind.class)))
                .decision().reasons()).hasSize(2);
    }

    @Test
    void ca7_eachMissingMaterialIsNamed() {
        assertThat(ClusterMaterials.decide(new ClusterMaterials.Filed(true, true, true, true)).allowed()).isTrue();
        assertThat(ClusterMaterials.decide(new ClusterMaterials.Filed(true, true, false, true)).reasons())
                .singleElement().asString().contains("initial work plan");
    }

    @Test
    void ca17_excellentQualifiedUnqualified() {
        LocalDate checked = LocalDate.of(2018, 4, 20);
        assertThat(CheckAndAcceptance.decide(CheckResult.EXCELLENT, checked, null).outcome()).isEqualTo(CheckOutcome.DEMONSTRATIVE);
        assertThat(CheckAndAcceptance.decide(CheckResult.QUALIFIED, checked, null).outcome())
                .isEqualTo(CheckOutcome.EXPERIMENTAL_TITLE);
        CheckAndAcceptance.Result unqualified = CheckAndAcceptance.decide(CheckResult.UNQUALIFIED, checked,
                LocalDate.of(2018, 10, 31));
        assertThat(unqualified.outcome()).isEqualTo(CheckOutcome.RECTIFICATION);
        assertThat(unqualified.reason()).contains("2018-10-31").contains("I-5");
    }

    @Test
    void i5_anUnqualifiedResultNeedsARectificationDateAfterTheCheck() {
        LocalDate checked = LocalDate.of(2018, 4, 20);
        assertThatThrownBy(() -> CheckAndAcceptance.decide(CheckResult.UNQUALIFIED, checked, null))
                .hasMessageContaining("I-5");
        assertThatThrownBy(() -> CheckAndAcceptance.decide(CheckResult.UNQUALIFIED, checked, checked))
                .hasMessageContaining("must come after");
        assertThat(CheckAndAcceptance.decide(CheckResult.UNQUALIFIED, checked, checked.plusDays(1)).outcome())
                .isEqualTo(CheckOutcome.RECTIFICATION);
    }

    @Test
    void ca18_qualifiedKeepsTheTitle_unqualifiedRectifies_stillUnqualifiedCancels() {
        LocalDate reviewed = LocalDate.of(2022, 7, 15);
        assertThat(DemonstrativeReview.decide(CheckResult.QUALIFIED, false, reviewed, null).outcome())
                .isEqualTo(CheckOutcome.NEW_TERM);
        assertThat(DemonstrativeReview.decide(CheckResult.QUALIFIED, true, reviewed, null).outcome())
                .isEqualTo(CheckOutcome.NEW_TERM);
        assertThat(DemonstrativeReview.decide(CheckResult.UNQUALIFIED, false, reviewed, LocalDate.of(2022, 12, 31)).outcome())
                .isEqualTo(CheckOutcome.RECTIFICATION);
        assertThat(DemonstrativeReview.decide(CheckResult.UNQUALIFIED, true, reviewed, null).outcome())
                .isEqualTo(CheckOutcome.CANCELLATION);
    }
}
