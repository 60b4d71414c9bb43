package cn.ipoffice.programmes.demo;

import cn.ipoffice.programmes.demo.DemoPlan.Application;
import cn.ipoffice.programmes.demo.DemoPlan.DemoBan;
import cn.ipoffice.programmes.demo.DemoPlan.DemoHolder;
import cn.ipoffice.programmes.demo.DemoPlan.DemoTitle;
import cn.ipoffice.programmes.demo.DemoPlan.Report;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.register.AssessmentCategory;
import cn.ipoffice.programmes.register.CallDecision;
import cn.ipoffice.programmes.register.CallProgramme;
import cn.ipoffice.programmes.register.NationalFigures;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.register.YearlyCall;
import cn.ipoffice.programmes.register.YearlyCalls;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Enters a demo holder's history in the register: its titles, bans, assessments and the annual
 * reports of the past, each report submitted on 20 January of its year, in time.
 */
final class DemoRecords {

    /** SIPO's figures of the previous year, best first (PM-18(iv), (vi)): Qingdao leads both. */
    static final List<String> FIGURES_RANKING = List.of("370200", "440300", "320500", "330100", "420100", "320100",
            "510100", "350200", "330200", "370700", "320700");

    /**
     * PM-5(v): cities SIPO evaluates that hold no title in the demo, or whose figures only fill their province's
     * ranking, with their enforcement evaluation scores: below every city of {@link #FIGURES_RANKING}, so that the
     * model cities' national ranks stay as they are. Wuxi, the walk-through's applicant, ranks 4 of 10 in Jiangsu.
     */
    static final Map<String, BigDecimal> EVALUATED_CITIES = Map.ofEntries(
            Map.entry(DemoData.APPLICANT_CITY, new BigDecimal("85")), Map.entry("320300", new BigDecimal("80")),
            Map.entry("320600", new BigDecimal("76")), Map.entry("320800", new BigDecimal("72")),
            Map.entry("320900", new BigDecimal("68")), Map.entry("321000", new BigDecimal("65")),
            Map.entry("330300", new BigDecimal("80")), Map.entry("330500", new BigDecimal("76")),
            Map.entry("330600", new BigDecimal("72")), Map.entry("440100", new BigDecimal("82")),
            Map.entry("440400", new BigDecimal("75")));
    private static final BigDecimal SMALL_PLEDGE_FINANCING = new BigDecimal("100000");

    private final Register register;
    private final NationalFigures nationalFigures;
    private final YearlyCalls calls;

    DemoRecords(Register register, NationalFigures nationalFigures, YearlyCalls calls) {
        this.register = register;
        this.nationalFigures = nationalFigures;
        this.calls = calls;
    }

    /**
     * SIPO's published list of pilot cities of a past year (PM-7, I-14), as the register's history holds the titles it
     * granted: the latest day before this year on which demo cities began their first pilot round is that year's
     * reply notice date, and those cities are its approved list. The call closed two months before it.
     */
    void pastPilotList(List<DemoHolder> holders, LocalDate today) {
        TreeMap<LocalDate, List<DemoHolder>> byReplyNotice = new TreeMap<>();
        for (DemoHolder holder : holders) {
            for (DemoTitle title : holder.titles()) {
                if (title.title() == Title.PILOT_CITY && title.round() == 1
                        && title.term().start().getYear() < today.getYear()) {
                    byReplyNotice.computeIfAbsent(title.term().start(), day -> new ArrayList<>()).add(holder);
                }
            }
        }
        if (byReplyNotice.isEmpty()) {
            return;
        }
        LocalDate replyNotice = byReplyNotice.lastKey();
        LocalDate closing = replyNotice.minusMonths(2);
        YearlyCall call = calls.open(CallProgramme.PILOT_CITY, replyNotice.getYear(), closing, null,
                "demo:call:" + replyNotice.getYear());
        for (DemoHolder holder : byReplyNotice.lastEntry().getValue()) {
            calls.file(CallProgramme.PILOT_CITY, holder.id(), holder.name(), applicationCaseId(holder, replyNotice),
                    DeadlineCalendar.endOfDay(closing.minusMonths(1)));
        }
        calls.close(call.getId(), caseId -> true);
        for (DemoHolder holder : byReplyNotice.lastEntry().getValue()) {
            calls.decide(call.getId(), applicationCaseId(holder, replyNotice), CallDecision.APPROVED, null);
        }
        calls.publish(call.getId(), replyNotice);
    }

    private static String applicationCaseId(DemoHolder holder, LocalDate replyNotice) {
        return "demo:application:" + holder.id() + ":" + replyNotice.getYear();
    }

    void enter(DemoHolder holder, int lastReportYear) {
        register.enterHolder(holder.id(), holder.name(), holder.kind());
        for (DemoTitle title : holder.titles()) {
            register.grant(holder.id(), title.title(), title.term(), title.round(), title.grantedBy(),
                    "demo:" + title.grantedBy() + ":" + holder.id() + ":" + title.title() + ":" + title.round(), null);
            if (title.closure() != null) {
                register.closeActive(holder.id(), title.title(), title.closure().status(), title.closure().ruleId(),
                        title.closure().reason());
            }
        }
        for (DemoBan ban : holder.bans()) {
            register.imposeBan(holder.id(), ban.scope(), ban.firstDay(), ban.years(), ban.ruleId(), ban.reason(),
                    "demo:" + ban.ruleId() + ":" + holder.id());
        }
        int categorySize = DemoPlan.CATEGORY_SIZE.get(holder.province());
        holder.assessments(lastReportYear).forEach((year, placing) -> register.recordAssessment(holder.id(), year,
                placing.grade(), AssessmentCategory.PREFECTURE_LEVEL, placing.rank(), categorySize));
        for (Report report : holder.reportsOnRecord(lastReportYear)) {
            register.recordAnnualReport(holder.id(), report.ruleId(), report.year(),
                    LocalDate.of(report.year(), 1, 20), true, true, "Summary and plan received in time", null);
        }
    }

    /**
     * SIPO's figures of a year, recorded as {@code PUT /api/register/figures/{year}} records them: the pilot,
     * fostering and model cities in the order of the ranking, the demo's applicants with the score their application
     * names (PM-5(v)), and the other evaluated cities.
     */
    void figures(int year, List<DemoHolder> holders) {
        Map<String, Register.FigureRow> rows = new LinkedHashMap<>();
        for (int place = 0; place < FIGURES_RANKING.size(); place++) {
            rows.put(FIGURES_RANKING.get(place), new Register.FigureRow(FIGURES_RANKING.get(place),
                    BigDecimal.valueOf(96 - place), BigDecimal.valueOf(880_000 - 40_000L * place)));
        }
        for (DemoHolder holder : holders) {
            if (holder.running() instanceof Application application) {
                rows.put(holder.id(), new Register.FigureRow(holder.id(), application.enforcementScore(),
                        SMALL_PLEDGE_FINANCING));
            }
        }
        EVALUATED_CITIES.forEach((city, score) -> rows.putIfAbsent(city,
                new Register.FigureRow(city, score, SMALL_PLEDGE_FINANCING)));
        List<String> problems = nationalFigures.record(year, new ArrayList<>(rows.values()));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The demo's figures of " + year + " were refused: " + problems);
        }
    }
}
