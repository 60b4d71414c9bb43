package cn.ipoffice.programmes.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One table of an export, as the page shows it: a name (the workbook's sheet, the file's name), the headings and the rows.
 * A cell is text, a whole number, a decimal, a day or empty; the writers keep each as what it is (a number stays a number
 * in the workbook, a day a day).
 */
public record Sheet(String name, List<String> headings, List<List<Object>> rows) {

    public Sheet {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A sheet needs a name");
        }
        headings = List.copyOf(headings);
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != headings.size()) {
                throw new IllegalArgumentException("Sheet " + name + ": a row has " + row.size() + " cells for "
                        + headings.size() + " headings");
            }
            for (Object cell : row) {
                if (cell != null && !(cell instanceof String) && !(cell instanceof Number) && !(cell instanceof LocalDate)
                        && !(cell instanceof Boolean)) {
                    throw new IllegalArgumentException("Sheet " + name + ": a cell of type " + cell.getClass().getSimpleName()
                            + " cannot be exported; use text, a number, a day or a yes/no");
                }
            }
            copied.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copied);
    }

    /** A sheet built row by row. */
    public static Builder named(String name, String... headings) {
        return new Builder(name, Arrays.asList(headings));
    }

    public static final class Builder {
        private final String name;
        private final List<String> headings;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String name, List<String> headings) {
            this.name = name;
            this.headings = headings;
        }

        public Builder row(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        public Sheet build() {
            return new Sheet(name, headings, rows);
        }
    }
}
