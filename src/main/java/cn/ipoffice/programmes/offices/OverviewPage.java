package cn.ipoffice.programmes.offices;

import static cn.ipoffice.programmes.offices.Html.link;
import static cn.ipoffice.programmes.offices.Html.text;

import cn.ipoffice.programmes.export.Exports;
import cn.ipoffice.programmes.export.Sheet;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Overview": the programme at a glance for a province's office (its province) and SIPO (the country), each section a
 * chart drawn by the bundled script ({@code src/web/overview.js}) from the figures the page carries as JSON, with the
 * same numbers in a table under it; the figures as an Excel workbook (a sheet per table) and each table as CSV.
 */
@RestController
class OverviewPage {

    static final String SCRIPT = Html.BASE + "/assets/overview.js";

    private final ProgrammeOverview overview;
    private final ObjectMapper json;

    OverviewPage(ProgrammeOverview overview, ObjectMapper json) {
        this.overview = overview;
        this.json = json;
    }

    @GetMapping(value = Html.BASE + "/overview", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request) {
        OfficeUser user = OfficePages.user(request);
        Scope scope = overview.scope(user);
        List<Section> sections = overview.sections(scope);
        StringBuilder body = new StringBuilder(16384);
        body.append("<p class=\"scope\" id=\"scope\">Figures of ").append(text(scope.describe())).append(" on ")
                .append(text(Words.day(scope.today()))).append(", China Standard Time.</p>\n")
                .append("<p class=\"exports\">Download ")
                .append(link(Html.BASE + "/overview.xlsx", "these figures as Excel")).append(" (a sheet per table) \u00b7 ")
                .append(link(Html.BASE + "/register.xlsx", "the register as Excel"))
                .append(" (the holders your offices see, their titles, bans, annual reports and assessments; each also as CSV: ");
        for (int i = 0; i < RegisterExport.TABLES.size(); i++) {
            String table = RegisterExport.TABLES.get(i);
            body.append(i == 0 ? "" : ", ").append(link(Html.BASE + "/register/" + table + ".csv", table));
        }
        body.append(")</p>\n<script type=\"application/json\" id=\"overview-data\">").append(data(sections))
                .append("</script>\n");
        for (Section section : sections) {
            body.append(section.detailOf() == null ? section(section) : detail(section));
        }
        return Html.page(user, "The programme at a glance", "Overview", body.toString(), SCRIPT);
    }

    @GetMapping(Html.BASE + "/overview.{format}")
    ResponseEntity<byte[]> export(HttpServletRequest request, @PathVariable String format) {
        Scope scope = overview.scope(OfficePages.user(request));
        List<Sheet> sheets = overview.sections(scope).stream().map(Section::table).toList();
        return Exports.download("overview-" + scope.today(), format, sheets);
    }

    @GetMapping(Html.BASE + "/overview/{section}.{format}")
    ResponseEntity<byte[]> exportSection(HttpServletRequest request, @PathVariable String section,
            @PathVariable String format) {
        Scope scope = overview.scope(OfficePages.user(request));
        String id = ProgrammeOverview.requireSection(section);
        Section wanted = ProgrammeOverview.named(overview.sections(scope), id);
        return Exports.download("overview-" + id + "-" + scope.today(), format, List.of(wanted.table()));
    }

    private static String section(Section section) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<section class=\"figures\" id=\"section-").append(text(section.id())).append("\">\n<h2>")
                .append(text(section.heading())).append("</h2>\n<p class=\"counts\">").append(text(section.counts()))
                .append("</p>\n");
        html.append("<div class=\"figure-body\">");
        if (!section.views().isEmpty()) {
            html.append("<div class=\"chart\" id=\"chart-").append(text(section.id())).append("\"><div class=\"plot\">")
                    .append("<canvas id=\"canvas-").append(text(section.id())).append("\">The numbers of this chart are ")
                    .append("in the table beside it.</canvas></div></div>\n");
        }
        html.append("<div class=\"numbers\">").append(table(section)).append("</div></div>\n");
        return html.append("</section>\n").toString();
    }

    /** A table that lists the numbers of the section before it one by one: one click away, under it. */
    private static String detail(Section section) {
        return "<details class=\"figures\" id=\"section-" + text(section.id()) + "\"><summary>" + text(section.heading())
                + " (" + section.table().rows().size() + ")</summary>\n<p class=\"counts\">" + text(section.counts())
                + "</p>\n" + table(section) + "</details>\n";
    }

    private static String table(Section section) {
        Sheet sheet = section.table();
        String csv = Html.BASE + "/overview/" + section.id() + ".csv";
        StringBuilder html = new StringBuilder(4096);
        if (sheet.rows().isEmpty()) {
            html.append("<p class=\"muted\" id=\"empty-").append(text(section.id())).append("\">Nothing to count for ")
                    .append("your offices.</p>\n");
        } else {
            html.append("<table class=\"figures\" id=\"table-").append(text(section.id())).append("\"><thead><tr>");
            for (int c = 0; c < sheet.headings().size(); c++) {
                html.append(c >= firstNumber(sheet) ? "<th class=\"num\">" : "<th>").append(text(sheet.headings().get(c)))
                        .append("</th>");
            }
            html.append("</tr></thead><tbody>\n");
            for (int r = 0; r < sheet.rows().size(); r++) {
                html.append("<tr>");
                List<Object> row = sheet.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    html.append(cell(row.get(c), section.link(r, c)));
                }
                html.append("</tr>\n");
            }
            html.append("</tbody></table>\n");
        }
        return html.append("<p class=\"exports\">").append(link(csv, "Download this table as CSV")).append("</p>\n")
                .toString();
    }

    private static String cell(Object value, String link) {
        if (value instanceof Number number) {
            return "<td class=\"num\">" + (link == null ? text(number) : link(link, number)) + "</td>";
        }
        if (value instanceof LocalDate day) {
            return "<td><time datetime=\"" + day + "\">" + text(Words.day(day)) + "</time></td>";
        }
        return Html.cell(value);
    }

    /** The first column of numbers: its headings and the ones after it are aligned right. */
    private static int firstNumber(Sheet sheet) {
        List<Object> first = sheet.rows().get(0);
        for (int c = 0; c < first.size(); c++) {
            if (first.get(c) instanceof Number) {
                return c;
            }
        }
        return first.size();
    }

    /**
     * The charts' figures as JSON for the script, safe inside a script element: {@code <}, {@code >} and {@code &}
     * appear only within JSON strings, where their escapes read the same.
     */
    private String data(List<Section> sections) {
        List<Map<String, Object>> charts = sections.stream().filter(section -> !section.views().isEmpty())
                .map(section -> {
                    Map<String, Object> chart = new LinkedHashMap<>();
                    chart.put("id", section.id());
                    chart.put("viewsLabel", section.id().equals(TitleFigures.ID) ? "Status" : section.heading());
                    chart.put("views", section.views());
                    return chart;
                }).toList();
        try {
            return json.writeValueAsString(Map.of("sections", charts)).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the overview's figures", e);
        }
    }
}
