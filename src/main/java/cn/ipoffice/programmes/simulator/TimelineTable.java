package cn.ipoffice.programmes.simulator;

import java.util.ArrayList;
import java.util.List;

/** The timeline as a plain-text table for the terminal, China Standard Time. */
public final class TimelineTable {

    private static final String[] HEADINGS = {"When (CST)", "Event", "What", "Who", "Due", "Rule"};
    private static final String[] HEADINGS_OF_SEVERAL = {"When (CST)", "Holder", "Event", "What", "Who", "Due", "Rule"};

    private TimelineTable() {
    }

    public static String render(Timeline timeline) {
        Scenario scenario = timeline.scenario();
        StringBuilder out = new StringBuilder();
        out.append("Scenario: ").append(scenario.title()).append('\n');
        if (scenario.hasSeveralHolders()) {
            out.append("Holders:\n");
            for (Scenario.Holder holder : scenario.holders()) {
                out.append("  ").append(holder.id()).append(' ').append(holder.name()).append(" (").append(holder.kind())
                        .append(")\n");
            }
            out.append('\n');
        } else {
            out.append("Holder:   ").append(scenario.holder().id()).append(' ').append(scenario.holder().name())
                    .append(" (").append(scenario.holder().kind()).append(")\n\n");
        }
        out.append(table(timeline.entries(), scenario));
        out.append('\n');
        if (timeline.stoppedBecause() != null) {
            out.append("STOPPED at ").append(CstTime.moment(timeline.end())).append(": ").append(timeline.stoppedBecause())
                    .append('\n');
        } else {
            out.append("Ran to ").append(CstTime.moment(timeline.end())).append(".\n");
        }
        if (timeline.openAtEnd().isEmpty()) {
            out.append("No task is open.\n");
        } else {
            out.append("Open tasks:\n");
            for (TimelineEntry open : timeline.openAtEnd()) {
                out.append("  ");
                if (scenario.hasSeveralHolders()) {
                    out.append(nameOf(open.holder(), scenario)).append(": ");
                }
                out.append(open.what()).append(" [").append(open.who()).append(']');
                if (open.due() != null) {
                    out.append(", due ").append(CstTime.deadline(open.due()));
                    if (!open.due().isAfter(timeline.end())) {
                        out.append(" (overdue)");
                    }
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** A holder's name as the scenario gives it, or its id; empty for a line of no holder. */
    static String nameOf(String holderId, Scenario scenario) {
        if (holderId == null) {
            return "";
        }
        return scenario.holders().stream().filter(holder -> holder.id().equals(holderId)).map(Scenario.Holder::name)
                .findFirst().orElse(holderId);
    }

    private static String table(List<TimelineEntry> entries, Scenario scenario) {
        boolean several = scenario.hasSeveralHolders();
        String[] headings = several ? HEADINGS_OF_SEVERAL : HEADINGS;
        List<String[]> rows = new ArrayList<>();
        rows.add(headings);
        for (TimelineEntry entry : entries) {
            rows.add(several
                    ? new String[] {CstTime.moment(entry.at()), nameOf(entry.holder(), scenario), entry.event(), entry.what(),
                            entry.who(), CstTime.deadline(entry.due()), entry.rule()}
                    : new String[] {CstTime.moment(entry.at()), entry.event(), entry.what(), entry.who(),
                            CstTime.deadline(entry.due()), entry.rule()});
        }
        int[] widths = new int[headings.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(String.format("%-" + widths[i] + "s", row[i]));
                if (i < row.length - 1) {
                    line.append("  ");
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
