package cn.ipoffice.programmes.offices;

import cn.ipoffice.programmes.export.Sheet;
import cn.ipoffice.programmes.overdue.OverduePattern;
import cn.ipoffice.programmes.register.Holder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/**
 * The overview's overdue cases: per province and rule, the running cases flagged overdue (the overdue pattern's
 * {@code overdue} and {@code overdueRules}, which Cockpit's "Overdue cases" page shows as missed deadlines), of those the
 * engine lets the user read: the same cases as that page.
 */
@Component
class OverdueFigures {

    static final String ID = "overdue";
    /** PM-8 before PM-12, CA-9 before CA-10: by programme, then article. */
    static final Comparator<String> BY_ARTICLE = Comparator.comparing((String rule) -> rule.replaceAll("-.*", ""))
            .thenComparingInt(OverdueFigures::article).thenComparing(Comparator.naturalOrder());

    private final RuntimeService runtime;
    private final VisibleCases cases;

    OverdueFigures(RuntimeService runtime, VisibleCases cases) {
        this.runtime = runtime;
        this.cases = cases;
    }

    Section section(Scope scope) {
        // province -> rule -> cases
        Map<String, Map<String, Set<String>>> counted = new TreeMap<>();
        List<String> overdue = VisibleCases.all(runtime.createProcessInstanceQuery()
                .variableValueEquals(OverduePattern.OVERDUE.name(), true).orderByProcessInstanceId().asc())
                .stream().map(ProcessInstance::getId).toList();
        Map<String, String> holders = cases.holders(overdue);
        Set<String> rules = new TreeSet<>(BY_ARTICLE);
        for (VariableInstance variable : cases.variables(overdue, OverduePattern.OVERDUE_RULES.name())) {
            String province = Holder.provinceOf(holders.get(variable.getProcessInstanceId()));
            if (!scope.national() && !scope.provinces().contains(province)) {
                continue;
            }
            for (String rule : rulesOf(variable.getValue())) {
                rules.add(rule);
                counted.computeIfAbsent(province, p -> new TreeMap<>(BY_ARTICLE))
                        .computeIfAbsent(rule, r -> new HashSet<>()).add(variable.getProcessInstanceId());
            }
        }
        List<String> provinces = new ArrayList<>(new TreeSet<>(scope.provinces()));
        counted.keySet().stream().filter(p -> !provinces.contains(p)).forEach(provinces::add);
        Sheet.Builder table = Sheet.named("Overdue", "Province", "Rule", "Cases overdue");
        List<List<String>> links = new ArrayList<>();
        counted.forEach((province, byRule) -> byRule.forEach((rule, overdueCases) -> {
            table.row(Scope.provinceName(province), rule, (long) overdueCases.size());
            links.add(List.of());
        }));
        List<Section.Series> series = new ArrayList<>();
        for (String rule : rules) {
            series.add(new Section.Series(rule, rule, provinces.stream().map(province -> (long) counted
                    .getOrDefault(province, Map.of()).getOrDefault(rule, Set.of()).size()).toList(), null));
        }
        Section.Chart chart = new Section.Chart(provinces.stream().map(Scope::provinceName).toList(), series, true, null,
                "cases overdue");
        return new Section(ID, "Overdue cases by province and rule",
                "The running cases whose deadline under the rule passed without the obligation met (the case is "
                        + "flagged overdue and escalated until it is met), as Cockpit's \u201cOverdue cases\u201d page "
                        + "shows them to you; a case overdue under two rules counts under each. The province is the "
                        + "holder's; \u201cnational\u201d counts cases of no holder.",
                table.build(), links, List.of(new Section.View("rules", "by rule", "Overdue cases by province and rule",
                        chart)), null);
    }

    static List<String> rulesOf(Object overdueRules) {
        if (!(overdueRules instanceof String text) || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(rule -> !rule.isEmpty()).distinct().toList();
    }

    private static int article(String rule) {
        String digits = rule.replaceAll("^[^-]*-", "").replaceAll("\\D.*", "");
        return digits.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
