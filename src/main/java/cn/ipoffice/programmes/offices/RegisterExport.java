package cn.ipoffice.programmes.offices;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.export.Exports;
import cn.ipoffice.programmes.export.Sheet;
import cn.ipoffice.programmes.register.AnnualAssessment;
import cn.ipoffice.programmes.register.AnnualReport;
import cn.ipoffice.programmes.register.Ban;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.Provinces;
import cn.ipoffice.programmes.register.Register;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register as the overview's user sees it (a province's office its province, SIPO the country): the holders, their
 * titles, bans, annual reports and assessments, a sheet each in one Excel workbook, or one table as CSV.
 */
@RestController
class RegisterExport {

    static final List<String> TABLES = List.of("holders", "titles", "bans", "reports", "assessments");

    private final ProgrammeOverview overview;
    private final Register register;

    RegisterExport(ProgrammeOverview overview, Register register) {
        this.overview = overview;
        this.register = register;
    }

    @GetMapping(Html.BASE + "/register.{format}")
    ResponseEntity<byte[]> all(HttpServletRequest request, @PathVariable String format) {
        Scope scope = overview.scope(OfficePages.user(request));
        List<Sheet> sheets = TABLES.stream().map(table -> sheet(scope, table)).toList();
        return Exports.download("register-" + scope.today(), format, sheets);
    }

    @GetMapping(Html.BASE + "/register/{table}.{format}")
    ResponseEntity<byte[]> one(HttpServletRequest request, @PathVariable String table, @PathVariable String format) {
        Scope scope = overview.scope(OfficePages.user(request));
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("Unknown table '" + table + "' of the register; expected one of " + TABLES);
        }
        return Exports.download("register-" + table + "-" + scope.today(), format, List.of(sheet(scope, table)));
    }

    private Sheet sheet(Scope scope, String table) {
        Map<String, Holder> holders = scope.holders();
        Collection<String> ids = scope.holderIds();
        return switch (table) {
            case "holders" -> holders(scope);
            case "titles" -> titles(scope);
            case "bans" -> bans(register.bansOf(ids), holders);
            case "reports" -> reports(register.reportsOf(ids), holders);
            case "assessments" -> assessments(register.assessmentsOf(ids), holders);
            default -> throw new IllegalStateException("No table " + table);
        };
    }

    private static Sheet holders(Scope scope) {
        Sheet.Builder sheet = Sheet.named("Holders", "Code", "Holder", "Province", "Kind", "Entered on");
        scope.visible().keySet().stream().sorted(Comparator.comparing(Holder::getId)).forEach(h -> sheet.row(h.getId(),
                h.getName(), Provinces.nameOf(h.getId()), Words.of(h.getKind()),
                h.getCreatedAt() == null ? null : DeadlineCalendar.dayOf(h.getCreatedAt())));
        return sheet.build();
    }

    private static Sheet titles(Scope scope) {
        Sheet.Builder sheet = Sheet.named("Titles", "Code", "Holder", "Province", "Title", "Round", "Status", "Term starts",
                "Term ends", "Granted by", "Status by", "Reason");
        List<Holder> sorted = new ArrayList<>(scope.visible().keySet());
        sorted.sort(Comparator.comparing(Holder::getId));
        for (Holder h : sorted) {
            scope.visible().get(h).stream().sorted(Comparator.comparing(Designation::getTermStart,
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Designation::getId))
                    .forEach(d -> sheet.row(h.getId(), h.getName(), Provinces.nameOf(h.getId()), Words.title(d.getTitle()),
                            d.getRound(), Words.status(d.getStatus()), d.getTermStart(), d.getTermEnd(), d.getRuleId(),
                            d.getStatusRuleId(), d.getStatusReason()));
        }
        return sheet.build();
    }

    private static Sheet bans(List<Ban> bans, Map<String, Holder> holders) {
        Sheet.Builder sheet = Sheet.named("Bans", "Code", "Holder", "Province", "Title", "First day", "Last day", "Rule",
                "Reason");
        bans.forEach(b -> sheet.row(b.getHolderId(), name(holders, b.getHolderId()), Provinces.nameOf(b.getHolderId()),
                Words.title(b.getTitleScope()), b.getFirstDay(), b.getLastDay(), b.getRuleId(), b.getReason()));
        return sheet.build();
    }

    private static Sheet reports(List<AnnualReport> reports, Map<String, Holder> holders) {
        Sheet.Builder sheet = Sheet.named("Annual reports", "Code", "Holder", "Province", "Rule", "Due 31 January of",
                "Submitted on", "On time", "Accepted", "Missed", "Remarks");
        reports.forEach(r -> sheet.row(r.getHolderId(), name(holders, r.getHolderId()), Provinces.nameOf(r.getHolderId()),
                r.getRuleId(), r.getYear(), r.getSubmittedOn(), r.isMissed() ? null : r.isOnTime(),
                r.isMissed() ? null : r.isAccepted(), r.isMissed(), r.getRemarks()));
        return sheet.build();
    }

    private static Sheet assessments(List<AnnualAssessment> assessments, Map<String, Holder> holders) {
        Sheet.Builder sheet = Sheet.named("Assessments", "Code", "Holder", "Province", "Year", "Grade", "Category", "Rank",
                "Cities ranked", "Score", "Missed", "Remarks");
        assessments.forEach(a -> sheet.row(a.getHolderId(), name(holders, a.getHolderId()),
                Provinces.nameOf(a.getHolderId()), a.getYear(), a.getGrade() == null ? null : Words.of(a.getGrade()),
                a.getCategory() == null ? null : Words.of(a.getCategory()), a.getRank(), a.getCategorySize(),
                a.getScore(), a.isMissed(), a.getRemarks()));
        return sheet.build();
    }

    private static String name(Map<String, Holder> holders, String id) {
        Holder holder = holders.get(id);
        return holder == null ? id : holder.getName();
    }
}
