package cn.ipoffice.programmes.pilotcities.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.rules.ApplicationBan;
import cn.ipoffice.programmes.rules.ApplicationBan.BanPeriod;
import cn.ipoffice.programmes.rules.Decision;
import cn.ipoffice.programmes.rules.SharedRank;
import cn.ipoffice.programmes.rules.TopShare;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pilot-city rules of docs/rules.md, as plain Java, with their boundaries. */
class PilotCityRulesTest {

    private static final PilotConditions.Attested ALL_ATTESTED = new PilotConditions.Attested(true, true, true, true);

    private static Decision conditions(PilotConditions.Attested attested, int rank, int ranked) {
        return PilotConditions.decide(attested, new PilotConditions.EnforcementPlace("320200", 2018,
                new SharedRank(rank, ranked)));
    }

    @Test
    void pm3_theFourKindsOfCityMayApply() {
        for (HolderKind kind : List.of(HolderKind.CITY_UNDER_SEPARATE_STATE_PLANNING, HolderKind.SUB_PROVINCIAL_CITY,
                HolderKind.PREFECTURE_LEVEL_CITY, HolderKind.MUNICIPALITY_DISTRICT)) {
            assertThat(PilotApplicantKind.decide(kind).allowed()).as(kind.name()).isTrue();
        }
    }

    @Test
    void pm3_aCountyLevelCityIsRefusedWithTheReason() {
        Decision decision = PilotApplicantKind.decide(HolderKind.COUNTY_LEVEL_CITY);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reasons()).singleElement().asString().startsWith("PM-3").contains("county level city");
        assertThat(PilotApplicantKind.decide(HolderKind.HI_TECH_ZONE).allowed()).isFalse();
    }

    @Test
    void pm5_rank5Of10IsInTheTop50Percent_rank6Of11IsNot() {
        assertThat(conditions(ALL_ATTESTED, 5, 10).allowed()).isTrue();
        Decision rank6of11 = conditions(ALL_ATTESTED, 6, 11);
        assertThat(rank6of11.allowed()).isFalse();
        assertThat(rank6of11.reasons()).singleElement().asString().startsWith("PM-5(v)").contains("6 of 11");
        assertThat(conditions(ALL_ATTESTED, 6, 12).allowed()).isTrue();
        // I-7 read literally: a city alone in SIPO's figures of its province ranks 1 of 1, outside the top 50%.
        assertThat(conditions(ALL_ATTESTED, 1, 1).allowed()).isFalse();
        assertThat(conditions(ALL_ATTESTED, 1, 2).allowed()).isTrue();
    }

    @Test
    void pm5v_noFigureOfTheYearBefore_isNotMet_namingTheFigureTheCityAndTheYear() {
        Decision missing = PilotConditions.decide(ALL_ATTESTED, new PilotConditions.EnforcementPlace("320200", 2018, null));
        assertThat(missing.allowed()).isFalse();
        assertThat(missing.reasons()).singleElement().asString().isEqualTo("PM-5(v): SIPO has recorded no enforcement"
                + " performance evaluation figure of 320200 for 2018, the year before the application");
    }

    @Test
    void i13_equalScoresShareTheBetterRank() {
        List<BigDecimal> scores = List.of(new BigDecimal("90"), new BigDecimal("85"), new BigDecimal("85.00"),
                new BigDecimal("80"));
        assertThat(SharedRank.of(new BigDecimal("90"), scores)).isEqualTo(new SharedRank(1, 4));
        assertThat(SharedRank.of(new BigDecimal("85"), scores)).isEqualTo(new SharedRank(2, 4));
        assertThat(SharedRank.of(new BigDecimal("80"), scores)).isEqualTo(new SharedRank(4, 4));
    }

    @Test
    void pm5_eachFailedConditionIsNamedByItsNumber() {
        Decision decision = conditions(new PilotConditions.Attested(false, true, false, true), 1, 10);
        assertThat(decision.reasons()).hasSize(2).anyMatch(r -> r.startsWith("PM-5(i):"))
                .anyMatch(r -> r.startsWith("PM-5(iii):"));
    }

    @Test
    void i7_theTopThirtyPercentIsExact() {
        assertThat(TopShare.within(3, 10, 30)).isTrue();
        assertThat(TopShare.within(30, 99, 30)).isFalse();
        assertThatThrownBy(() -> TopShare.within(0, 10, 30)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pm6_eachMissingMaterialIsNamed() {
        assertThat(PilotMaterials.decide(new PilotMaterials.Filed(true, true, true, true, true)).allowed()).isTrue();
        Decision missing = PilotMaterials.decide(new PilotMaterials.Filed(true, false, true, true, false));
        assertThat(missing.allowed()).isFalse();
        assertThat(missing.reasons()).hasSize(2).anyMatch(r -> r.contains("application letter"))
                .anyMatch(r -> r.contains("certification materials"));
    }

    @Test
    void pm14_scoreOf59_withdrawsTheTitle() {
        assertThat(PilotAcceptanceBand.decide(59).band()).isEqualTo(AcceptanceBand.WITHDRAWAL);
        assertThat(PilotAcceptanceBand.decide(59.9).band()).isEqualTo(AcceptanceBand.WITHDRAWAL);
        assertThat(PilotAcceptanceBand.decide(59).reason()).contains("2 years");
    }

    @Test
    void pm14_i1_scoresOf60And70_allowANewRound() {
        assertThat(PilotAcceptanceBand.decide(60).band()).isEqualTo(AcceptanceBand.NEW_ROUND);
        assertThat(PilotAcceptanceBand.decide(65).band()).isEqualTo(AcceptanceBand.NEW_ROUND);
        assertThat(PilotAcceptanceBand.decide(70).band()).isEqualTo(AcceptanceBand.NEW_ROUND);
        assertThat(PilotAcceptanceBand.decide(70).reason()).contains("I-1");
    }

    @Test
    void pm14_scoreOf71_allowsFostering() {
        assertThat(PilotAcceptanceBand.decide(70.5).band()).isEqualTo(AcceptanceBand.FOSTERING);
        assertThat(PilotAcceptanceBand.decide(71).band()).isEqualTo(AcceptanceBand.FOSTERING);
        assertThat(PilotAcceptanceBand.decide(100).band()).isEqualTo(AcceptanceBand.FOSTERING);
    }

    @Test
    void pm14_scoresOutside0To100AreRefused() {
        assertThatThrownBy(() -> PilotAcceptanceBand.decide(100.5)).hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> PilotAcceptanceBand.decide(-1)).hasMessageContaining("between 0 and 100");
    }

    @Test
    void pm15_fosteringNeedsAScoreAbove70_pm16_aNewRoundNeeds60() {
        LocalDate lastDay = LocalDate.of(2022, 6, 30);
        LocalDate issued = LocalDate.of(2022, 9, 1);
        assertThat(NextStageChoice.decide(AcceptanceBand.NEW_ROUND, NextStage.FOSTERING, lastDay, issued, issued)
                .reasons()).singleElement().asString().contains("above 70");
        assertThat(NextStageChoice.decide(AcceptanceBand.NEW_ROUND, NextStage.NEW_ROUND, lastDay, issued, issued).allowed())
                .isTrue();
        assertThat(NextStageChoice.decide(AcceptanceBand.FOSTERING, NextStage.FOSTERING, lastDay, issued, issued).allowed())
                .isTrue();
        assertThat(NextStageChoice.decide(AcceptanceBand.FOSTERING, NextStage.NEW_ROUND, lastDay, issued, issued).allowed())
                .isTrue();
        assertThat(NextStageChoice.decide(AcceptanceBand.WITHDRAWAL, NextStage.NEW_ROUND, lastDay, issued, issued).allowed())
                .isFalse();
    }

    @Test
    void pm16_aPlanIssuedBeforeExpiryOrInTheFutureIsRefused() {
        LocalDate lastDay = LocalDate.of(2022, 6, 30);
        assertThat(NextStageChoice.decide(AcceptanceBand.NEW_ROUND, NextStage.NEW_ROUND, lastDay, lastDay,
                LocalDate.of(2022, 9, 1)).reasons()).singleElement().asString().contains("after the pilot term expired");
        assertThat(NextStageChoice.decide(AcceptanceBand.NEW_ROUND, NextStage.NEW_ROUND, lastDay,
                LocalDate.of(2022, 9, 2), LocalDate.of(2022, 9, 1)).reasons()).singleElement().asString()
                .contains("in the future");
    }

    @Test
    void pm17_theWindowClosesSixMonthsAfterExpiry_andTheBanStartsTheNextDay() {
        LocalDate lastDay = LocalDate.of(2022, 8, 31);
        assertThat(PilotWithdrawal.windowCloses(lastDay)).isEqualTo(Instant.parse("2023-02-28T16:00:00Z"));
        assertThat(PilotWithdrawal.banStarts(lastDay)).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(PilotWithdrawal.reason(lastDay)).contains("2023-02-28");
    }

    @Test
    void i9_anAcceptanceRecordedOnTheLastDayOfItsFourMonthsIsInTime_theDayAfterIsLate() {
        LocalDate lastDay = LocalDate.of(2022, 11, 17);
        assertThat(ProvincialDelay.acceptanceDueOn(lastDay)).isEqualTo(LocalDate.of(2023, 3, 17));
        LocalDate due = LocalDate.of(2023, 3, 17);
        ProvincialDelay.Weighing inTime = ProvincialDelay.weigh(new ProvincialDelay.Steps(lastDay, due, due, due, due));
        assertThat(inTime.provinceLate()).isFalse();
        assertThat(inTime.handOverDueOn()).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(inTime.windowLastDay()).isEqualTo(LocalDate.of(2023, 5, 17));
        assertThat(inTime.findings()).contains("the window was the city's own").doesNotContain("LATE");

        LocalDate next = due.plusDays(1);
        ProvincialDelay.Weighing late = ProvincialDelay.weigh(new ProvincialDelay.Steps(lastDay, due, next, next, next));
        assertThat(late.provinceLate()).as("held on the last day, recorded the day after").isTrue();
        assertThat(late.findings().split("\n")).satisfiesExactly(
                line -> assertThat(line).isEqualTo("PM-13 acceptance: due by 2023-03-17 (4 months after the term's last day,"
                        + " 2022-11-17); ended 2023-03-17, recorded 2023-03-18: LATE"),
                line -> assertThat(line).isEqualTo("PM-13 materials to SIPO: due by 2023-03-31 (2 weeks after the acceptance"
                        + " ended); sent 2023-03-18, recorded 2023-03-18: in time"),
                line -> assertThat(line).isEqualTo("PM-17 the city's plan window: ended 2023-05-17 (6 months after the"
                        + " term's last day); open to the city from 2023-03-18"),
                line -> assertThat(line).startsWith("I-9: the province's acceptance was late"));
    }

    @Test
    void i9_materialsRecordedTheDayAfterTheirTwoWeeks_areLate_aCaseWithoutRecordsGoesByTheFormsDates() {
        LocalDate lastDay = LocalDate.of(2022, 11, 17);
        LocalDate accepted = LocalDate.of(2023, 3, 1);
        assertThat(ProvincialDelay.weigh(new ProvincialDelay.Steps(lastDay, accepted, accepted, LocalDate.of(2023, 3, 15),
                LocalDate.of(2023, 3, 15))).provinceLate()).isFalse();
        ProvincialDelay.Weighing late = ProvincialDelay.weigh(new ProvincialDelay.Steps(lastDay, accepted, accepted,
                LocalDate.of(2023, 3, 15), LocalDate.of(2023, 3, 16)));
        assertThat(late.provinceLate()).isTrue();
        assertThat(late.findings()).contains("hand-over was late");

        assertThat(ProvincialDelay.weigh(new ProvincialDelay.Steps(lastDay, null, null, null, null)).provinceLate())
                .as("brought over at the plan window: nothing shows a late step").isFalse();
        assertThat(ProvincialDelay.weigh(new ProvincialDelay.Steps(lastDay, LocalDate.of(2023, 3, 18), null,
                LocalDate.of(2023, 3, 18), null)).provinceLate()).as("no record: the form's dates decide").isTrue();
    }

    @Test
    void i9_i10_aFreshWindowRunsSixMonthsFromSiposDecision_andItsBanStartsTheDayAfterIt() {
        PlanWindow fresh = PlanWindow.freshFrom(LocalDate.of(2023, 8, 31));
        assertThat(fresh.closes()).isEqualTo(Instant.parse("2024-02-29T16:00:00Z"));
        assertThat(fresh.lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(fresh.dayAfter()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(PilotWithdrawal.reason(fresh)).isEqualTo("PM-17: no fostering or new-round plan recorded by 2024-02-29,"
                + " the last day of the fresh window of 6 months SIPO gave on 2023-08-31 (I-9)");
        assertThat(PilotWithdrawal.reason(PlanWindow.afterTerm(LocalDate.of(2022, 8, 31))))
                .isEqualTo(PilotWithdrawal.reason(LocalDate.of(2022, 8, 31)));
        assertThat(PilotWithdrawal.decisionReason(LocalDate.of(2023, 6, 5), LocalDate.of(2023, 5, 17)))
                .contains("I-9").contains("SIPO's decision of 2023-06-05").contains("recorded by 2023-05-17");
    }

    @Test
    void i6_aBannedCityIsRefusedUntilTheLastDay_andAcceptedTheDayAfter() {
        List<BanPeriod> bans = List.of(new BanPeriod("PILOT_CITY", LocalDate.of(2023, 3, 1), LocalDate.of(2026, 2, 28),
                "PM-17", "no plan"));
        assertThat(ApplicationBan.decide("PILOT_CITY", LocalDate.of(2026, 2, 28), bans).allowed()).isFalse();
        assertThat(ApplicationBan.decide("PILOT_CITY", LocalDate.of(2026, 2, 28), bans).reasons()).singleElement()
                .asString().startsWith("PM-17").contains("2026-03-01");
        assertThat(ApplicationBan.decide("PILOT_CITY", LocalDate.of(2026, 3, 1), bans).allowed()).isTrue();
        assertThat(ApplicationBan.decide("MODEL_CITY", LocalDate.of(2025, 1, 1), bans).allowed()).isTrue();
    }

    @Test
    void i3_aNewFosteringPlanIsIssuedAfterTheCycle_andNotInTheFuture() {
        LocalDate lastDay = LocalDate.of(2025, 8, 31);
        assertThat(FosteringRenewal.decide(lastDay, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 2)).allowed()).isTrue();
        assertThat(FosteringRenewal.decide(lastDay, lastDay, LocalDate.of(2025, 10, 2)).allowed()).isFalse();
        assertThat(FosteringRenewal.decide(lastDay, LocalDate.of(2025, 10, 3), LocalDate.of(2025, 10, 2)).allowed()).isFalse();
        assertThat(FosteringRenewal.leavingReason(lastDay)).contains("I-3").contains("without a ban");
    }
}
