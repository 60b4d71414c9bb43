package cn.ipoffice.programmes.offices;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.export.Sheet;
import cn.ipoffice.programmes.register.AnnualReport;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.Register;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/**
 * The overview's annual reports (CA-15, PM-12, PM-26): of the reports due on the last 31 January that has passed, per
 * province, how many are owed, received on time, received late and missing. The register holds the reports reviewed and
 * those kept as missed when their case ended (I-12); a running annual-report case holds a report still owed (its
 * submission task open) or submitted and in review (received when its task was completed).
 */
@Component
class ReportFigures {

    static final String ID = "reports";

    /** How a report stands, the chart's series in this order. */
    enum Standing {
        ON_TIME("Received on time"), LATE("Received late"), MISSING("Missing");

        final String heading;

        Standing(String heading) {
            this.heading = heading;
        }
    }

    private final Register register;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final VisibleCases cases;

    ReportFigures(Register register, RuntimeService runtime, HistoryService history, VisibleCases cases) {
        this.register = register;
        this.runtime = runtime;
        this.history = history;
        this.cases = cases;
    }

    /** The year of the last 31 January whose deadline (24:00 CST) has passed at {@code now}. */
    static int lastReportYear(Instant now) {
        int year = DeadlineCalendar.dayOf(now).getYear();
        return DeadlineCalendar.isOverdue(DeadlineCalendar.annualReportDue(year), now) ? year : year - 1;
    }

    Section section(Scope scope) {
        int year = lastReportYear(scope.now());
        Map<String, Standing> standings = standings(scope, year);
        Map<String, long[]> counted = new TreeMap<>();
        scope.provinces().forEach(province -> counted.put(province, new long[Standing.values().length]));
        standings.forEach((report, standing) -> counted.computeIfAbsent(Holder.provinceOf(report.split("\\|")[0]),
                p -> new long[Standing.values().length])[standing.ordinal()]++);
        Sheet.Builder table = Sheet.named("Reports " + year, "Province", "Owed", Standing.ON_TIME.heading,
                Standing.LATE.heading, Standing.MISSING.heading);
        List<List<String>> links = new ArrayList<>();
        long[] all = new long[Standing.values().length];
        counted.forEach((province, n) -> {
            table.row(Scope.provinceName(province), n[0] + n[1] + n[2], n[0], n[1], n[2]);
            links.add(List.of());
            for (int i = 0; i < all.length; i++) {
                all[i] += n[i];
            }
        });
        if (counted.size() > 1) {
            table.row("all provinces", all[0] + all[1] + all[2], all[0], all[1], all[2]);
            links.add(List.of());
        }
        List<Section.Series> series = new ArrayList<>();
        for (Standing standing : Standing.values()) {
            series.add(new Section.Series(standing.name(), standing.heading.toLowerCase(Locale.ROOT),
                    counted.values().stream().map(n -> n[standing.ordinal()]).toList(), null));
        }
        Section.Chart chart = new Section.Chart(counted.keySet().stream().map(Scope::provinceName).toList(), series, true,
                null, "reports");
        return new Section(ID, "Annual reports due on 31 January " + year,
                "The annual reports (CA-15, PM-12, PM-26) due by 31 January " + year + ", 24:00 China Standard Time, "
                        + "per province. Owed: those the register holds for " + year + " (reviewed, or kept as missed "
                        + "when the holder's stage moved on, I-12) and those of running annual-report cases. On time: "
                        + "submitted by the deadline; late: submitted after it (a report in review counts as received); "
                        + "missing: not submitted (its task still open, or kept as missed).",
                table.build(), links, List.of(new Section.View("standing", "by standing",
                        "Annual reports due on 31 January " + year + ", by province", chart)), null);
    }

    /** Each report of the year the user may see, by "holder|rule", and how it stands; the register's record first. */
    Map<String, Standing> standings(Scope scope, int year) {
        Map<String, Standing> standings = new HashMap<>();
        for (AnnualReport report : register.reportsOf(scope.holderIds())) {
            if (report.getYear() == year) {
                standings.put(report.getHolderId() + "|" + report.getRuleId(), report.isMissed() ? Standing.MISSING
                        : report.isOnTime() ? Standing.ON_TIME : Standing.LATE);
            }
        }
        List<String> running = VisibleCases.all(runtime.createProcessInstanceQuery()
                .processDefinitionKey(AnnualReportProcess.KEY).orderByProcessInstanceId().asc())
                .stream().map(ProcessInstance::getId).toList();
        Map<String, Object[]> yearAndRule = new HashMap<>();
        for (VariableInstance variable : cases.variables(running, AnnualReportProcess.In.REPORT_YEAR.name(),
                AnnualReportProcess.In.RULE_ID.name())) {
            Object[] pair = yearAndRule.computeIfAbsent(variable.getProcessInstanceId(), id -> new Object[2]);
            pair[variable.getName().equals(AnnualReportProcess.In.REPORT_YEAR.name()) ? 0 : 1] = variable.getValue();
        }
        Map<String, String> holders = cases.holders(running);
        Set<String> owedStill = new HashSet<>();
        VisibleCases.all(runtime.createExecutionQuery().processDefinitionKey(AnnualReportProcess.KEY)
                .activityId(AnnualReportProcess.TASK_SUBMIT).orderByProcessInstanceId().asc())
                .stream().map(Execution::getProcessInstanceId).forEach(owedStill::add);
        Map<String, Instant> submitted = new HashMap<>();
        for (HistoricTaskInstance task : VisibleCases.all(history.createHistoricTaskInstanceQuery()
                .processDefinitionKey(AnnualReportProcess.KEY).taskDefinitionKey(AnnualReportProcess.TASK_SUBMIT)
                .finished().processUnfinished().orderByProcessInstanceId().asc())) {
            submitted.merge(task.getProcessInstanceId(), task.getEndTime().toInstant(), (a, b) -> a.isAfter(b) ? a : b);
        }
        Instant due = DeadlineCalendar.annualReportDue(year);
        yearAndRule.forEach((caseId, pair) -> {
            String holderId = holders.get(caseId);
            if (!(pair[0] instanceof Number reportYear) || reportYear.intValue() != year || holderId == null
                    || !scope.viewer().sees(holderId)) {
                return;
            }
            Standing standing;
            if (owedStill.contains(caseId) || !submitted.containsKey(caseId)) {
                standing = Standing.MISSING;
            } else {
                standing = DeadlineCalendar.isOverdue(due, submitted.get(caseId)) ? Standing.LATE : Standing.ON_TIME;
            }
            standings.putIfAbsent(holderId + "|" + pair[1], standing);
        });
        return standings;
    }
}
