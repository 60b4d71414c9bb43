package cn.ipoffice.programmes.offices;

import static cn.ipoffice.programmes.offices.Html.cell;
import static cn.ipoffice.programmes.offices.Html.link;
import static cn.ipoffice.programmes.offices.Html.text;

import cn.ipoffice.programmes.export.Exports;
import cn.ipoffice.programmes.export.Sheet;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.Provinces;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Holders": the cities and areas an office may see (a city its own, a province its cities and areas, SIPO all), with
 * their titles, terms and status, filtered by title and status, and the same rows as CSV or an Excel workbook.
 */
@RestController
class HoldersPage {

    private final Register register;

    HoldersPage(Register register) {
        this.register = register;
    }

    /** One row of the list: a holder and one of its titles (a holder without a title has one row without). */
    record Row(Holder holder, Designation title) {
    }

    @GetMapping(value = Html.BASE + "/holders", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, @RequestParam(required = false) String title,
            @RequestParam(required = false) String status) {
        OfficeUser user = OfficePages.user(request);
        Title wantedTitle = OfficePages.parse(Title.class, "title", title);
        DesignationStatus wantedStatus = OfficePages.parse(DesignationStatus.class, "status", status);
        List<Row> rows = rows(user, wantedTitle, wantedStatus);
        StringBuilder body = new StringBuilder(8192);
        body.append("<form class=\"filters\" method=\"get\" action=\"").append(Html.BASE).append("/holders\">")
                .append("<label>Title ").append(select("title", Title.values(), wantedTitle)).append("</label> ")
                .append("<label>Status ").append(select("status", DesignationStatus.values(), wantedStatus))
                .append("</label> <button type=\"submit\">Show</button></form>\n");
        String query = OfficePages.query("title", wantedTitle, "status", wantedStatus);
        body.append("<p class=\"exports\">").append(rows.size()).append(rows.size() == 1 ? " row" : " rows")
                .append(" \u00b7 ").append(link(Html.BASE + "/holders.csv" + query, "Download as CSV")).append(" \u00b7 ")
                .append(link(Html.BASE + "/holders.xlsx" + query, "Download as Excel")).append("</p>\n");
        if (rows.isEmpty()) {
            body.append("<p id=\"no-holders\">Your offices see no holder").append(wantedTitle == null && wantedStatus == null
                    ? "." : " with this title and status.").append("</p>\n");
        } else {
            body.append("<table id=\"holders\"><thead><tr><th>Holder</th><th>Code</th><th>Province</th><th>Title</th>")
                    .append("<th>Round</th><th>Status</th><th>Term</th><th>Rule</th></tr></thead><tbody>\n");
            for (Row row : rows) {
                Holder holder = row.holder();
                Designation d = row.title();
                body.append("<tr>").append("<td>").append(link(Html.BASE + "/holders/" + holder.getId(), holder.getName()))
                        .append("</td>").append(cell(holder.getId())).append(cell(Provinces.nameOf(holder.getId())))
                        .append(cell(d == null ? "no title" : Words.title(d.getTitle())))
                        .append(cell(d == null ? "" : d.getRound()))
                        .append(cell(d == null ? "" : Words.status(d.getStatus())))
                        .append(cell(d == null ? "" : Words.term(d.getTermStart(), d.getTermEnd())))
                        .append(cell(d == null ? "" : d.getRuleId())).append("</tr>\n");
            }
            body.append("</tbody></table>\n");
        }
        return Html.page(user, "Holders", "Holders", body.toString());
    }

    @GetMapping(Html.BASE + "/holders.{format}")
    ResponseEntity<byte[]> export(HttpServletRequest request, @PathVariable String format,
            @RequestParam(required = false) String title, @RequestParam(required = false) String status) {
        OfficeUser user = OfficePages.user(request);
        List<Row> rows = rows(user, OfficePages.parse(Title.class, "title", title),
                OfficePages.parse(DesignationStatus.class, "status", status));
        Sheet.Builder sheet = Sheet.named("Holders", "Holder", "Code", "Province", "Title", "Round", "Status", "Term starts",
                "Term ends", "Rule");
        for (Row row : rows) {
            Designation d = row.title();
            sheet.row(row.holder().getName(), row.holder().getId(), Provinces.nameOf(row.holder().getId()),
                    d == null ? "no title" : Words.title(d.getTitle()), d == null ? null : d.getRound(),
                    d == null ? null : Words.status(d.getStatus()), d == null ? null : d.getTermStart(),
                    d == null ? null : d.getTermEnd(), d == null ? null : d.getRuleId());
        }
        return Exports.download("holders", format, List.of(sheet.build()));
    }

    List<Row> rows(OfficeUser user, Title title, DesignationStatus status) {
        Map<Holder, List<Designation>> visible = register.visibleTo(user.viewer());
        List<Row> rows = new ArrayList<>();
        visible.forEach((holder, titles) -> {
            List<Designation> shown = titles.stream()
                    .filter(d -> (title == null || d.getTitle() == title) && (status == null || d.getStatus() == status))
                    .sorted(Comparator.comparing(Designation::getTermStart, Comparator.nullsLast(Comparator.naturalOrder()))
                            .reversed())
                    .toList();
            if (shown.isEmpty() && titles.isEmpty() && title == null && status == null) {
                rows.add(new Row(holder, null));
            }
            shown.forEach(d -> rows.add(new Row(holder, d)));
        });
        rows.sort(Comparator.comparing((Row row) -> row.holder().getId()));
        return rows;
    }

    private static <E extends Enum<E>> String select(String name, E[] values, E chosen) {
        StringBuilder select = new StringBuilder("<select name=\"").append(name).append("\"><option value=\"\">any</option>");
        Arrays.stream(values).forEach(value -> select.append("<option value=\"").append(value.name()).append('"')
                .append(value == chosen ? " selected" : "").append('>')
                .append(text(Words.of(value))).append("</option>"));
        return select.append("</select>").toString();
    }
}
