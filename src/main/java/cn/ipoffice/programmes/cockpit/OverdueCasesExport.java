package cn.ipoffice.programmes.cockpit;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.export.Exports;
import cn.ipoffice.programmes.export.Sheet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The overdue page's rows as a table for a CSV file or an Excel workbook: the rows the page shows the user, in its
 * order (the cases needing action, then those followed up), those its filter leaves when one is given.
 */
final class OverdueCasesExport {

    /** A file of the export: its body, media type and name. */
    record Download(byte[] body, String mediaType, String name) {
    }

    private OverdueCasesExport() {
    }

    static Sheet sheet(List<OverdueCase> rows, String filter) {
        Sheet.Builder sheet = Sheet.named("Overdue cases", "Status", "Holder", "Code", "Province", "Process", "Rule",
                "Deadline (last day, 24:00 CST)", "Days late", "Owes the step", "Users of the office", "Actions recorded",
                "Last action on", "Follow-up day", "Case");
        for (OverdueCase row : rows) {
            if (!row.matches(filter)) {
                continue;
            }
            OverdueCase.Action last = row.actions().isEmpty() ? null : row.actions().get(row.actions().size() - 1);
            sheet.row(row.followedUp() ? row.followUpText() : "Needs action", row.holderName(), row.holderId(),
                    row.province(), row.processName() == null ? row.processDefinitionKey() : row.processName(), row.ruleId(),
                    LocalDate.parse(row.lastDay()), row.daysOverdue(), row.owner(),
                    row.ownerUsers().stream().map(OverdueCase::describe).collect(Collectors.joining("; ")),
                    row.actions().stream().map(OverdueCase::describe).collect(Collectors.joining("\n")),
                    last == null ? null : DeadlineCalendar.dayOf(Instant.parse(last.recordedAt())),
                    last == null ? null : LocalDate.parse(last.followUpOn()), row.processInstanceId());
        }
        return sheet.build();
    }

    /** {@code csv} or {@code xlsx}; anything else is refused naming the formats there are. */
    static Download file(String format, Sheet sheet, LocalDate today) {
        String name = "overdue-cases-" + today;
        switch (format == null ? "" : format.trim().toLowerCase(Locale.ROOT)) {
            case "csv":
                return new Download(Exports.csv(sheet), Exports.CSV.toString(), name + ".csv");
            case "xlsx":
                return new Download(Exports.xlsx(List.of(sheet)), Exports.XLSX.toString(), name + ".xlsx");
            default:
                throw new IllegalArgumentException("Unknown export format '" + format + "'; expected csv or xlsx");
        }
    }
}
