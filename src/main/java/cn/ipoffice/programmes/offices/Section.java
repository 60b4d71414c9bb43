package cn.ipoffice.programmes.offices;

import cn.ipoffice.programmes.export.Sheet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One section of the programme overview: its numbers as one table (which the page shows under the chart and the exports
 * write as a sheet or a CSV file), where each number links to (the holders it counts, where a list of holders shows them),
 * and the chart's views of the same numbers.
 *
 * @param id the section's name in the addresses of its CSV file ({@code /offices/overview/titles.csv})
 * @param counts what the numbers count, in a sentence or two for the page
 * @param links per row and cell, the address a number links to, or null
 * @param views what the chart can show (one view, or a choice such as the title's status); none for a table alone
 * @param detailOf the section whose numbers this table lists one by one (shown under it), or null
 */
record Section(String id, String heading, String counts, Sheet table, List<List<String>> links, List<View> views,
        String detailOf) {

    Section {
        if (links.size() != table.rows().size()) {
            throw new IllegalArgumentException("Section " + id + ": " + links.size() + " rows of links for "
                    + table.rows().size() + " rows");
        }
        links = links.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
        views = List.copyOf(views);
    }

    /** The address the number in this row and column links to, or null. */
    String link(int row, int column) {
        List<String> cells = links.get(row);
        return column < cells.size() ? cells.get(column) : null;
    }

    /** One way to show the section's numbers on its chart: {@code heading} says what the chart then shows. */
    record View(String id, String label, String heading, Chart chart) {
    }

    /** A bar chart: one bar (or stack) per label, one series per dataset. */
    record Chart(List<String> labels, List<Series> datasets, boolean stacked, String xTitle, String yTitle) {

        Chart {
            labels = List.copyOf(labels);
            datasets = List.copyOf(datasets);
        }
    }

    /**
     * One series of a chart: a number per label and, where a bar stands for holders a list can show, its address.
     *
     * @param key what the series is ({@code PILOT_CITY}, {@code ON_TIME}), which keeps its colour the same on every page
     */
    record Series(String key, String label, List<Long> data, List<String> links) {

        Series {
            data = List.copyOf(data);
            links = links == null ? null : Collections.unmodifiableList(new ArrayList<>(links));
        }
    }
}
