package cn.ipoffice.programmes.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.demo.DemoPlan.DemoBan;
import cn.ipoffice.programmes.demo.DemoPlan.DemoHolder;
import cn.ipoffice.programmes.demo.DemoPlan.DemoTitle;
import cn.ipoffice.programmes.demo.DemoPlan.Placing;
import cn.ipoffice.programmes.demo.DemoPlan.TermCase;
import cn.ipoffice.programmes.register.Grade;
import cn.ipoffice.programmes.security.Offices;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The demo's plan on every day of five years: whatever day the demo first starts, what is done lies in
 * the past, and each deadline is missed or still to come as the stage says, so that the timers that
 * fire at start take no case beyond its stage.
 */
class DemoHoldersTest {

    /** Cases whose term has expired on purpose: they wait for the step that follows the expiry. */
    private static final Set<String> EXPIRED_ON_PURPOSE = Set.of("330200", "370700", "510100", "420100-donghu");

    private static void everyDay(Consumer<LocalDate> check) {
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.isBefore(LocalDate.of(2031, 1, 1)); day = day.plusDays(1)) {
            check.accept(day);
        }
    }

    private static DemoHolder holder(LocalDate today, String id) {
        return DemoHolders.plan(today).stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    private static Instant endOf(LocalDate today) {
        return DeadlineCalendar.endOfDay(today);
    }

    private static boolean stillToCome(Instant deadline, LocalDate today) {
        return deadline.isAfter(endOf(today));
    }

    @Test
    void holdersAreRealDivisionCodesOfKnownProvinces_andAreasAreNamedAfterTheirCity() {
        List<DemoHolder> plan = DemoHolders.plan(LocalDate.of(2027, 6, 1));
        assertThat(plan).extracting(DemoHolder::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("\\d{6}(-[a-z]+)?"))
                .allMatch(id -> Offices.PROVINCES.containsKey(id.substring(0, 2)));
        assertThat(plan).extracting(DemoHolder::user).doesNotHaveDuplicates().allMatch(u -> u.matches("[a-z]+"));
        assertThat(plan.stream().filter(DemoHolder::isArea)).extracting(DemoHolder::id)
                .containsExactlyInAnyOrder("320500-sip", "420100-donghu", "440100-huangpu");
        assertThat(plan.stream().filter(h -> !h.isArea())).hasSizeBetween(18, 22);
    }

    @Test
    void whatIsDoneLiesInThePast_onEveryDayTheDemoMayStart() {
        everyDay(today -> DemoHolders.plan(today).forEach(h -> {
            Stream<LocalDate> done = Stream.concat(h.titles().stream().flatMap(t -> Stream.of(t.term().start(),
                    t.closure() == null ? t.term().start() : t.closure().on())), h.bans().stream().map(DemoBan::firstDay));
            if (h.running() instanceof TermCase term) {
                done = Stream.concat(done, Stream.of(term.planMetOn(), term.acceptance() == null ? null
                        : term.acceptance().endedOn()).filter(d -> d != null));
            }
            assertThat(done).as(h.id() + " on " + today).allMatch(day -> !day.isAfter(today));
        }));
    }

    @Test
    void runningTermsHoldToday_bansRunToday_andOwedReportsAreDue() {
        everyDay(today -> DemoHolders.plan(today).forEach(h -> {
            h.bans().forEach(ban -> assertThat(today).as(h.id()).isBetween(ban.firstDay(), ban.lastDay()));
            if (h.running() instanceof TermCase term) {
                DemoTitle title = h.current();
                assertThat(title.closure()).as(h.id()).isNull();
                assertThat(title.term().contains(today)).as(h.id() + " on " + today)
                        .isNotEqualTo(EXPIRED_ON_PURPOSE.contains(h.id()));
                Stream.concat(term.owed().stream(), term.inReview().stream()).forEach(year -> assertThat(
                        DeadlineCalendar.annualReportDue(year)).as(h.id()).isBeforeOrEqualTo(endOf(today)));
            }
        }));
    }

    @Test
    void openingPlans_nantongsAndSuzhousAreStillDue_wenzhousAndTheIndustrialParksAreOverdue() {
        everyDay(today -> {
            assertThat(stillToCome(DeadlineCalendar.withinMonths(holder(today, "320600").current().term().start(), 2),
                    today)).as("PM-8 Nantong " + today).isTrue();
            assertThat(stillToCome(DeadlineCalendar.withinMonths(holder(today, "320500").current().term().start(), 4),
                    today)).as("PM-21 Suzhou " + today).isTrue();
            assertThat(stillToCome(DeadlineCalendar.withinMonths(holder(today, "330300").current().term().start(), 2),
                    today)).as("PM-8 Wenzhou " + today).isFalse();
            assertThat(stillToCome(DeadlineCalendar.withinMonths(holder(today, "320500-sip").current().term().start(), 3),
                    today)).as("CA-10 SIP " + today).isFalse();
        });
    }

    @Test
    void windowsAfterAnExpiry_closeAfterToday_soNoPm17OrPm27WithdrawalFollowsAtStart() {
        everyDay(today -> {
            LocalDate ningbo = holder(today, "330200").current().term().lastDay();
            assertThat(stillToCome(DeadlineCalendar.withinMonths(ningbo, 4), today)).as("PM-13 " + today).isTrue();
            DemoHolder weifang = holder(today, "370700");
            LocalDate weifangExpiry = weifang.current().term().lastDay();
            LocalDate accepted = ((TermCase) weifang.running()).acceptance().endedOn();
            assertThat(accepted).isAfter(weifangExpiry);
            assertThat(DeadlineCalendar.endOfDay(accepted)).isBeforeOrEqualTo(DeadlineCalendar.withinMonths(weifangExpiry, 4));
            assertThat(stillToCome(DeadlineCalendar.withinMonths(weifangExpiry, 6), today)).as("PM-17 " + today).isTrue();
            LocalDate chengdu = holder(today, "510100").current().term().lastDay();
            assertThat(stillToCome(DeadlineCalendar.withinMonths(chengdu, 4), today)).as("PM-27 " + today).isTrue();
        });
    }

    @Test
    void qingdaoIsInFosteringForOverAYear_withTwoExcellentGradesInTheLastThreeYears() {
        everyDay(today -> {
            DemoHolder qingdao = holder(today, "370200");
            assertThat(qingdao.current().term().start().plusYears(1)).isBeforeOrEqualTo(today);
            Map<Integer, Placing> grades = qingdao.assessments(DemoPlan.lastReportYear(today));
            long excellent = grades.entrySet().stream()
                    .filter(e -> e.getKey() >= today.getYear() - 3 && e.getKey() <= today.getYear() - 1)
                    .filter(e -> e.getValue().grade() == Grade.EXCELLENT).count();
            assertThat(excellent).as("PM-18(vii) on " + today).isGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void onlyLianyungangIsLastOfItsCategoryTwoYearsRunning_pm32c() {
        everyDay(today -> DemoHolders.plan(today).stream().filter(DemoHolder::inRegister).forEach(h -> {
            Map<Integer, Placing> grades = h.plannedAssessments(DemoPlan.lastReportYear(today));
            int size = DemoPlan.CATEGORY_SIZE.get(h.province());
            boolean lastTwice = grades.keySet().stream().anyMatch(year -> grades.containsKey(year + 1)
                    && grades.get(year).rank() == size && grades.get(year + 1).rank() == size);
            assertThat(lastTwice).as(h.id() + " on " + today).isEqualTo(h.id().equals("320700"));
        }));
    }
}
