package cn.ipoffice.programmes.demo;

import static cn.ipoffice.programmes.register.HolderKind.CITY_UNDER_SEPARATE_STATE_PLANNING;
import static cn.ipoffice.programmes.register.HolderKind.ECONOMIC_DEVELOPMENT_ZONE;
import static cn.ipoffice.programmes.register.HolderKind.HI_TECH_ZONE;
import static cn.ipoffice.programmes.register.HolderKind.PREFECTURE_LEVEL_CITY;
import static cn.ipoffice.programmes.register.HolderKind.SUB_PROVINCIAL_CITY;

import cn.ipoffice.programmes.clusterareas.ExperimentalAreaConstructionProcess;
import cn.ipoffice.programmes.clusterareas.DemonstrativeAreaTermProcess;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.demo.DemoPlan.Application;
import cn.ipoffice.programmes.demo.DemoPlan.DemoHolder;
import cn.ipoffice.programmes.demo.DemoPlan.Placing;
import cn.ipoffice.programmes.demo.DemoPlan.TermCase;
import cn.ipoffice.programmes.modelcities.ModelCityTermProcess;
import cn.ipoffice.programmes.modelcities.rules.WithdrawalGround;
import cn.ipoffice.programmes.pilotcities.DemonstrationFosteringProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.pilotcities.rules.PilotAcceptanceBand;
import cn.ipoffice.programmes.pilotcities.rules.PilotWithdrawal;
import cn.ipoffice.programmes.register.Grade;
import cn.ipoffice.programmes.register.Title;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The demo's cities and cluster areas, at every stage of their programmes. Every date is computed
 * from today: those of things done lie in the past, and each deadline is placed so that it is either
 * already missed (the overdue demo) or still to come, in any year the demo starts. Once the timers that
 * fell due in the past have fired, each case stands where its {@code stage} says.
 */
final class DemoHolders {

    private DemoHolders() {
    }

    static List<DemoHolder> plan(LocalDate today) {
        int y = DemoPlan.lastReportYear(today);
        return List.of(nanjing(y), xuzhou(today), suzhou(today), nantong(today), lianyungang(y),
                changzhou(), hangzhou(y), ningbo(today), wenzhou(today), huzhou(today), jiaxing(),
                jinan(today), qingdao(y), weifang(today), shenzhen(y), foshan(), wuhan(y), yichang(y, today),
                chengdu(today), xiamen(y), suzhouIndustrialPark(today), wuhanEastLake(today),
                guangzhouDevelopmentDistrict(y));
    }

    private static DemoHolder nanjing(int y) {
        return new DemoHolderBuilder("320100", "Nanjing", SUB_PROVINCIAL_CITY, "nanjing")
                .pilot(LocalDate.of(y - 4, 9, 1)).newRound(LocalDate.of(y - 1, 9, 1))
                .grades(excellent(3), average(6), average(5))
                .runs(pilotRound(null).owing(y),
                        "pilot round 2; its annual report due 31 January " + y + " is overdue (PM-12)");
    }

    private static DemoHolder xuzhou(LocalDate today) {
        LocalDate accepted = today.minusMonths(2);
        String reason = PilotAcceptanceBand.decide(55).reason();
        DemoHolderBuilder xuzhou = new DemoHolderBuilder("320300", "Xuzhou", PREFECTURE_LEVEL_CITY, "xuzhou")
                .pilot(accepted.minusMonths(2).plusDays(1).minusYears(3))
                .grades(poor(11), average(9), poor(12))
                .withdrawn(PilotAcceptanceBand.RULE, reason, accepted)
                .banned(Title.PILOT_CITY, accepted, PilotAcceptanceBand.BAN_YEARS, PilotAcceptanceBand.RULE, reason);
        return xuzhou.holds("pilot title withdrawn at the acceptance of " + accepted
                + " with 55 points (PM-14); banned from applying as a pilot city until " + xuzhou.lastBanDay());
    }

    private static DemoHolder suzhou(LocalDate today) {
        LocalDate reply = today.minusMonths(1);
        LocalDate fostering = reply.minusYears(2).withDayOfMonth(1);
        return new DemoHolderBuilder("320500", "Suzhou", PREFECTURE_LEVEL_CITY, "suzhou")
                .pilot(fostering.minusYears(3)).fostering(fostering).model(reply)
                .grades(average(3), excellent(1), excellent(2))
                .runs(modelTerm(null), "model city since " + reply + "; the PM-21 work plan is due by "
                        + DeadlineCalendar.lastDayOf(DeadlineCalendar.withinMonths(reply, 4)));
    }

    private static DemoHolder nantong(LocalDate today) {
        LocalDate reply = today.minusWeeks(3);
        return new DemoHolderBuilder("320600", "Nantong", PREFECTURE_LEVEL_CITY, "nantong").pilot(reply)
                .runs(pilotRound(null), "pilot city since " + reply + "; the PM-8 work plan is due by "
                        + DeadlineCalendar.lastDayOf(DeadlineCalendar.withinMonths(reply, 2)));
    }

    private static DemoHolder lianyungang(int y) {
        LocalDate start = LocalDate.of(y - 2, 9, 1);
        return new DemoHolderBuilder("320700", "Lianyungang", PREFECTURE_LEVEL_CITY, "lianyungang").pilot(start)
                .grades(poor(13), poor(13), average(7))
                .runs(pilotRound(start.plusDays(44)), "pilot round 1; last of its category in " + (y - 2) + " and "
                        + (y - 1) + ": SIPO confirms or dismisses the PM-32(c) finding");
    }

    private static DemoHolder changzhou() {
        return new DemoHolderBuilder("320400", "Changzhou", PREFECTURE_LEVEL_CITY, "changzhou")
                .runs(new Application(PilotCityApplicationProcess.TASK_INVESTIGATE, new BigDecimal("84"),
                        "Patent navigation for the new-energy and intelligent manufacturing industries"),
                        "pilot-city application: Jiangsu investigates (PM-6)");
    }

    private static DemoHolder hangzhou(int y) {
        LocalDate start = LocalDate.of(y - 2, 6, 15);
        return new DemoHolderBuilder("330100", "Hangzhou", SUB_PROVINCIAL_CITY, "hangzhou").pilot(start)
                .grades(excellent(1), excellent(2), average(4))
                .runs(pilotRound(start.plusDays(50)).reviewing(y),
                        "pilot round 1; its report of 31 January " + y + " awaits Zhejiang's review (PM-12)");
    }

    private static DemoHolder ningbo(LocalDate today) {
        LocalDate lastDay = today.minusDays(45);
        LocalDate start = lastDay.plusDays(1).minusYears(3);
        return new DemoHolderBuilder("330200", "Ningbo", CITY_UNDER_SEPARATE_STATE_PLANNING, "ningbo").pilot(start)
                .grades(average(3), excellent(2), average(4))
                .runs(pilotRound(start.plusDays(50)), "pilot round 1 expired on " + lastDay
                        + "; Zhejiang holds the acceptance by "
                        + DeadlineCalendar.lastDayOf(DeadlineCalendar.withinMonths(lastDay, 4)) + " (PM-13)");
    }

    private static DemoHolder wenzhou(LocalDate today) {
        LocalDate reply = today.minusMonths(3);
        return new DemoHolderBuilder("330300", "Wenzhou", PREFECTURE_LEVEL_CITY, "wenzhou").pilot(reply)
                .runs(pilotRound(null), "pilot city since " + reply + "; the PM-8 work plan was due by "
                        + DeadlineCalendar.lastDayOf(DeadlineCalendar.withinMonths(reply, 2)) + ": overdue");
    }

    private static DemoHolder huzhou(LocalDate today) {
        LocalDate lastDay = today.minusMonths(9);
        LocalDate banFrom = PilotWithdrawal.banStarts(lastDay);
        String reason = PilotWithdrawal.reason(lastDay);
        DemoHolderBuilder huzhou = new DemoHolderBuilder("330500", "Huzhou", PREFECTURE_LEVEL_CITY, "huzhou")
                .pilot(lastDay.plusDays(1).minusYears(3))
                .withdrawn(PilotWithdrawal.RULE, reason, banFrom)
                .banned(Title.PILOT_CITY, banFrom, PilotWithdrawal.BAN_YEARS, PilotWithdrawal.RULE, reason);
        return huzhou.holds("withdrawn from the pilot list on " + banFrom
                + ": no plan within 6 months of expiry (PM-17); banned until " + huzhou.lastBanDay());
    }

    private static DemoHolder jiaxing() {
        return new DemoHolderBuilder("330400", "Jiaxing", PREFECTURE_LEVEL_CITY, "jiaxing")
                .runs(new Application(PilotCityApplicationProcess.EVENT_AWAIT_CALL, new BigDecimal("84"),
                        "Patent pledge financing for small and medium-sized enterprises"),
                        "pilot-city application filed with SIPO, waiting for its yearly call (PM-7, I-14)");
    }

    private static DemoHolder jinan(LocalDate today) {
        LocalDate reply = today.minusMonths(5);
        return new DemoHolderBuilder("370100", "Jinan", SUB_PROVINCIAL_CITY, "jinan").pilot(reply)
                .grades(average(5), average(6), average(6))
                .runs(pilotRound(reply.plusDays(45)), "pilot round 1 since " + reply + ", work plan recorded (PM-8)");
    }

    private static DemoHolder qingdao(int y) {
        LocalDate fostering = LocalDate.of(y - 2, 6, 1);
        return new DemoHolderBuilder("370200", "Qingdao", CITY_UNDER_SEPARATE_STATE_PLANNING, "qingdao")
                .pilot(fostering.minusYears(3)).fostering(fostering)
                .grades(excellent(1), excellent(2), average(4))
                .runs(fosteringCycle(), "demonstration fostering since " + fostering
                        + "; may apply as a model city (PM-18)");
    }

    private static DemoHolder weifang(LocalDate today) {
        LocalDate lastDay = today.minusMonths(3);
        LocalDate start = lastDay.plusDays(1).minusYears(3);
        return new DemoHolderBuilder("370700", "Weifang", PREFECTURE_LEVEL_CITY, "weifang").pilot(start)
                .grades(excellent(3), average(5), average(6))
                .runs(pilotRound(start.plusDays(40)).accepted(75, lastDay.plusDays(40)),
                        "pilot round 1 accepted with 75 points; may record a fostering or new-round plan by "
                                + DeadlineCalendar.lastDayOf(PilotWithdrawal.windowCloses(lastDay)) + " (PM-15, PM-16)");
    }

    private static DemoHolder shenzhen(int y) {
        LocalDate fostering = LocalDate.of(y - 3, 9, 1);
        LocalDate reply = LocalDate.of(y - 1, 3, 1);
        return new DemoHolderBuilder("440300", "Shenzhen", CITY_UNDER_SEPARATE_STATE_PLANNING, "shenzhen")
                .pilot(fostering.minusYears(3)).fostering(fostering).model(reply)
                .grades(excellent(1), excellent(1), excellent(2))
                .runs(modelTerm(reply.plusMonths(2)), "model city since " + reply + ", in its term (PM-23, PM-26)");
    }

    private static DemoHolder foshan() {
        return new DemoHolderBuilder("440600", "Foshan", PREFECTURE_LEVEL_CITY, "foshan")
                .runs(new Application(PilotCityApplicationProcess.TASK_DELIBERATE, new BigDecimal("84"),
                        "Patent operation for the home appliance and ceramics industries"),
                        "pilot-city application recommended by Guangdong: expert deliberation (PM-6)");
    }

    private static DemoHolder wuhan(int y) {
        return new DemoHolderBuilder("420100", "Wuhan", SUB_PROVINCIAL_CITY, "wuhan")
                .pilot(LocalDate.of(y - 4, 3, 1)).newRound(LocalDate.of(y - 1, 3, 1))
                .grades(excellent(2), average(4), average(3))
                .runs(pilotRound(null), "pilot round 2, reports on record; its assessment of " + (y - 1)
                        + " waits in Hubei's assessment round (PM-9)");
    }

    private static DemoHolder yichang(int y, LocalDate today) {
        LocalDate withdrawn = today.minusMonths(5);
        String reason = WithdrawalGround.UNQUALIFIED_ENFORCEMENT.description() + " (verified " + withdrawn
                + "): unqualified in the provincial patent enforcement assessment of " + (y - 1);
        return new DemoHolderBuilder("420500", "Yichang", PREFECTURE_LEVEL_CITY, "yichang")
                .pilot(LocalDate.of(y - 2, 9, 1)).grades(poor(10), average(8), average(7))
                .withdrawn(WithdrawalGround.UNQUALIFIED_ENFORCEMENT.ruleId(), reason, withdrawn)
                .holds("pilot title withdrawn on " + withdrawn + " (PM-32(b)); no ban (I-4)");
    }

    private static DemoHolder chengdu(LocalDate today) {
        LocalDate lastDay = today.minusMonths(1);
        LocalDate reply = lastDay.plusDays(1).minusYears(3);
        LocalDate fostering = reply.minusYears(2).withDayOfMonth(1);
        return new DemoHolderBuilder("510100", "Chengdu", SUB_PROVINCIAL_CITY, "chengdu")
                .pilot(fostering.minusYears(3)).fostering(fostering).model(reply)
                .grades(excellent(2), excellent(1), average(3))
                .runs(modelTerm(reply.plusMonths(3)), "model term expired on " + lastDay
                        + "; applies for reexamination by "
                        + DeadlineCalendar.lastDayOf(DeadlineCalendar.withinMonths(lastDay, 4)) + " (PM-27)");
    }

    private static DemoHolder xiamen(int y) {
        LocalDate fostering = LocalDate.of(y - 1, 9, 1);
        return new DemoHolderBuilder("350200", "Xiamen", CITY_UNDER_SEPARATE_STATE_PLANNING, "xiamen")
                .pilot(fostering.minusYears(3)).fostering(fostering)
                .grades(excellent(1), average(3), excellent(2))
                .runs(fosteringCycle(), "demonstration fostering since " + fostering);
    }

    private static DemoHolder suzhouIndustrialPark(LocalDate today) {
        LocalDate ratified = today.minusMonths(4);
        return new DemoHolderBuilder("320500-sip", "Suzhou Industrial Park", ECONOMIC_DEVELOPMENT_ZONE, "sip")
                .construction(ratified)
                .runs(construction(null), "experimental-area construction since " + ratified
                        + "; the Construction Plan was due by "
                        + DeadlineCalendar.lastDayOf(DeadlineCalendar.withinMonths(ratified, 3)) + ": overdue (CA-10)");
    }

    private static DemoHolder wuhanEastLake(LocalDate today) {
        LocalDate lastDay = today.minusMonths(1);
        LocalDate ratified = lastDay.plusDays(1).minusYears(3);
        return new DemoHolderBuilder("420100-donghu", "Wuhan East Lake High-tech Zone", HI_TECH_ZONE, "donghu")
                .construction(ratified)
                .runs(construction(ratified.plusMonths(2)), "construction period ended on " + lastDay
                        + "; SIPO checks and accepts (CA-16, CA-17)");
    }

    private static DemoHolder guangzhouDevelopmentDistrict(int y) {
        LocalDate checked = LocalDate.of(y - 1, 5, 15);
        return new DemoHolderBuilder("440100-huangpu", "Guangzhou Development District", ECONOMIC_DEVELOPMENT_ZONE,
                "huangpu")
                .construction(LocalDate.of(y - 4, 4, 1)).demonstrative(checked)
                .runs(new TermCase(DemonstrativeAreaTermProcess.KEY, null, Set.of(), Set.of(), null),
                        "demonstrative area since " + checked + ", in its term (CA-18)");
    }

    private static TermCase pilotRound(LocalDate workPlanRecordedOn) {
        return new TermCase(PilotCityRoundProcess.KEY, workPlanRecordedOn, Set.of(), Set.of(), null);
    }

    private static TermCase fosteringCycle() {
        return new TermCase(DemonstrationFosteringProcess.KEY, null, Set.of(), Set.of(), null);
    }

    private static TermCase modelTerm(LocalDate workPlanRecordedOn) {
        return new TermCase(ModelCityTermProcess.KEY, workPlanRecordedOn, Set.of(), Set.of(), null);
    }

    private static TermCase construction(LocalDate planSubmittedOn) {
        return new TermCase(ExperimentalAreaConstructionProcess.KEY, planSubmittedOn, Set.of(), Set.of(), null);
    }

    private static Placing excellent(int rank) {
        return new Placing(Grade.EXCELLENT, rank);
    }

    private static Placing average(int rank) {
        return new Placing(Grade.AVERAGE, rank);
    }

    private static Placing poor(int rank) {
        return new Placing(Grade.POOR, rank);
    }
}
