package cn.ipoffice.programmes.offices;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.modelcities.ModelCityTermProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.register.AnnualReport;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.Provinces;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.register.Viewer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The overview's numbers as the test reads them for itself, without the overview's code: from the register's reads per
 * holder and from the engine's queries without a user (which see every case), kept to the offices' provinces. Read only.
 * Each table is a map from its row's words ("Jiangsu|pilot city") to its numbers.
 */
public final class ExpectedOverview {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final Register register;
    private final ProcessEngine engine;
    private final Predicate<String> sees;
    private final List<Holder> holders;
    private final Instant now;
    private final LocalDate today;

    public ExpectedOverview(Register register, ProcessEngine engine, List<String> groups, Instant now) {
        this.register = register;
        this.engine = engine;
        Viewer viewer = Viewer.of(groups);
        this.sees = viewer::sees;
        this.holders = register.allHolders().stream().filter(h -> viewer.sees(h.getId())).toList();
        this.now = now;
        this.today = DeadlineCalendar.dayOf(now);
    }

    /** "Jiangsu|pilot city" → holders per status, in the order of {@link DesignationStatus}; rows with a holder only. */
    public Map<String, List<Long>> titles() {
        Map<String, Map<DesignationStatus, Set<String>>> counted = new TreeMap<>();
        for (Holder holder : holders) {
            for (Designation d : register.designationsOf(holder.getId())) {
                counted.computeIfAbsent(Provinces.nameOf(holder.getId()) + "|" + Words.title(d.getTitle()),
                        k -> new HashMap<>()).computeIfAbsent(d.getStatus(), s -> new HashSet<>())
                        .add(holder.getId());
            }
        }
        Map<String, List<Long>> rows = new TreeMap<>();
        counted.forEach((row, byStatus) -> {
            List<Long> numbers = new ArrayList<>();
            for (DesignationStatus status : DesignationStatus.values()) {
                numbers.add((long) byStatus.getOrDefault(status, Set.of()).size());
            }
            rows.put(row, numbers);
        });
        return rows;
    }

    /** "March 2026" → terms that expire, acceptances due, reexaminations due, for the twelve months from today's. */
    public Map<String, List<Long>> timeline() {
        Map<String, List<Long>> months = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            months.put(MONTH.format(YearMonth.from(today).plusMonths(i)), new ArrayList<>(List.of(0L, 0L, 0L)));
        }
        LocalDate last = YearMonth.from(today).plusMonths(11).atEndOfMonth();
        Map<String, LocalDate> openAcceptances = openTasks(PilotCityRoundProcess.TASK_HOLD_ACCEPTANCE);
        Map<String, LocalDate> openReexaminations = openTasks(ModelCityTermProcess.TASK_APPLY_REEXAMINATION);
        List<LocalDate[]> dues = new ArrayList<>();
        openAcceptances.values().forEach(day -> dues.add(new LocalDate[] {null, day, null}));
        openReexaminations.values().forEach(day -> dues.add(new LocalDate[] {null, null, day}));
        for (Holder holder : holders) {
            for (Designation d : register.designationsOf(holder.getId())) {
                if (d.getStatus() != DesignationStatus.ACTIVE || d.getTermEnd() == null || d.getTermEnd().isBefore(today)) {
                    continue;
                }
                LocalDate window = d.getTermEnd().plusMonths(4);
                dues.add(new LocalDate[] {d.getTermEnd(),
                        d.getTitle() == Title.PILOT_CITY && !openAcceptances.containsKey(holder.getId()) ? window : null,
                        d.getTitle() == Title.MODEL_CITY && !openReexaminations.containsKey(holder.getId()) ? window : null});
            }
        }
        for (LocalDate[] due : dues) {
            for (int kind = 0; kind < 3; kind++) {
                if (due[kind] != null && !due[kind].isBefore(today) && !due[kind].isAfter(last)) {
                    List<Long> month = months.get(MONTH.format(YearMonth.from(due[kind])));
                    month.set(kind, month.get(kind) + 1);
                }
            }
        }
        return months;
    }

    /** The holders' open tasks of this kind and the last day of each (its due date is 24:00 CST of that day). */
    private Map<String, LocalDate> openTasks(String taskKey) {
        Map<String, LocalDate> open = new HashMap<>();
        for (Task task : engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).list()) {
            String holder = engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
            if (sees.test(holder)) {
                open.put(holder, task.getDueDate().toInstant().atZone(DeadlineCalendar.CHINA).toLocalDate().minusDays(1));
            }
        }
        return open;
    }

    /** "Jiangsu|PM-12" → running cases flagged overdue under the rule. */
    public Map<String, Long> overdue() {
        Map<String, Long> rows = new TreeMap<>();
        for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
                .variableValueEquals("overdue", true).list()) {
            Object holderVariable = engine.getRuntimeService().getVariable(instance.getId(), "holderId");
            String holder = holderVariable instanceof String id ? id : instance.getBusinessKey();
            if (holder == null ? !sees.test("") : !sees.test(holder)) {
                continue;
            }
            String province = holder == null ? "national" : Provinces.NAMES.getOrDefault(Holder.provinceOf(holder),
                    Holder.provinceOf(holder));
            Object rules = engine.getRuntimeService().getVariable(instance.getId(), "overdueRules");
            for (String rule : rules == null ? new String[0] : rules.toString().split(",")) {
                if (!rule.isBlank()) {
                    rows.merge(province + "|" + rule.trim(), 1L, Long::sum);
                }
            }
        }
        return rows;
    }

    /** The year of the last 31 January whose deadline has passed. */
    public int reportYear() {
        return now.isBefore(LocalDate.of(today.getYear(), 2, 1).atStartOfDay(DeadlineCalendar.CHINA).toInstant())
                ? today.getYear() - 1 : today.getYear();
    }

    /** "Jiangsu" → owed, on time, late, missing of the reports due on the last 31 January. */
    public Map<String, List<Long>> reports() {
        int year = reportYear();
        Map<String, Integer> standing = new HashMap<>();
        for (Holder holder : holders) {
            for (AnnualReport report : register.reportsOf(holder.getId())) {
                if (report.getYear() == year) {
                    standing.put(holder.getId() + "|" + report.getRuleId(),
                            report.isMissed() ? 2 : report.isOnTime() ? 0 : 1);
                }
            }
        }
        Instant due = LocalDate.of(year, 2, 1).atStartOfDay(DeadlineCalendar.CHINA).toInstant();
        for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(AnnualReportProcess.KEY).list()) {
            Map<String, Object> variables = engine.getRuntimeService().getVariables(instance.getId());
            String holder = (String) variables.get("holderId");
            if (((Number) variables.get("reportYear")).intValue() != year || !sees.test(holder)) {
                continue;
            }
            List<HistoricTaskInstance> submitted = engine.getHistoryService().createHistoricTaskInstanceQuery()
                    .processInstanceId(instance.getId()).taskDefinitionKey(AnnualReportProcess.TASK_SUBMIT).finished().list();
            long open = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                    .taskDefinitionKey(AnnualReportProcess.TASK_SUBMIT).count();
            Date at = submitted.isEmpty() ? null : submitted.get(submitted.size() - 1).getEndTime();
            standing.putIfAbsent(holder + "|" + variables.get("ruleId"),
                    open > 0 || at == null ? 2 : at.toInstant().isBefore(due) ? 0 : 1);
        }
        Map<String, List<Long>> rows = new TreeMap<>();
        holders.stream().map(h -> Provinces.nameOf(h.getId())).distinct()
                .forEach(province -> rows.put(province, new ArrayList<>(List.of(0L, 0L, 0L, 0L))));
        standing.forEach((report, kind) -> {
            List<Long> row = rows.get(Provinces.nameOf(report.split("\\|")[0]));
            row.set(0, row.get(0) + 1);
            row.set(kind + 1, row.get(kind + 1) + 1);
        });
        return rows;
    }

    public LocalDate today() {
        return today;
    }
}
