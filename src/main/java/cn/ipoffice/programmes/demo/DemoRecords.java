package cn.ipoffice.programmes.demo;

import cn.ipoffice.programmes.demo.DemoPlan.DemoBan;
import cn.ipoffice.programmes.demo.DemoPlan.DemoHolder;
import cn.ipoffice.programmes.demo.DemoPlan.DemoTitle;
import cn.ipoffice.programmes.demo.DemoPlan.Report;
import cn.ipoffice.programmes.register.AssessmentCategory;
import cn.ipoffice.programmes.register.Register;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Enters a demo holder's history in the register: its titles, bans, assessments and the annual
 * reports of the past, each report submitted on 20 January of its year, in time.
 */
final class DemoRecords {

    /** SIPO's figures of the previous year, best first (PM-18(iv), (vi)): Qingdao leads both. */
    static final List<String> FIGURES_RANKING = List.of("370200", "440300", "320500", "330100", "420100", "320100",
            "510100", "350200", "330200", "370700", "320700");

    private final Register register;

    DemoRecords(Register register) {
        this.register = register;
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

    /** SIPO's figures of the pilot, fostering and model cities for a year, in the order of the ranking. */
    void figures(int year) {
        for (int place = 0; place < FIGURES_RANKING.size(); place++) {
            register.recordFigures(FIGURES_RANKING.get(place), year, BigDecimal.valueOf(96 - place),
                    BigDecimal.valueOf(880_000 - 40_000L * place));
        }
    }
}
