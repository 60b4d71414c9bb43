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
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Holders": the cities and areas an office may see (a city its own, a province its cities and areas, SIPO all), with
 * their titles, terms and status, and the applicants the register does not know yet with the title they apply for;
 * filtered by title and status, and the same rows as CSV or an Excel workbook. {@code /offices} opens it.
 */
@RestController
class HoldersPage {

    private final Register register;
    private final HolderApplicants applicants;

    HoldersPage(Register register, HolderApplicants applicants) {
        this.register = register;
        this.applicants = applicants;
    }

    /**
     * One row of the list: a holder and one of its titles (a holder without a title has one row without), or an
     * applicant the register does not know yet and the title it applies for.
     */
    record Row(String id, String name, Designation title, Title appliesFor) {

        static final String APPLYING = "applying";

        String titleWords() {
            return title != null ? Words.title(title.getTitle()) : appliesFor != null ? Words.title(appliesFor) : "no title";
        }

        String statusWords() {
            return title != null ? Words.status(title.getStatus()) : appliesFor != null ? APPLYING : "";
        }
    }

    @GetMapping({Html.BASE, Html.BASE + "/"})
    ResponseEntity<Void> home() {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(Html.BASE + "/holders")).build();
    }

    /** One read-only transaction for the register's reads and the engine's, which join it; also for the exports. */
    @GetMapping(value = Html.BASE + "/holders", produces = MediaType.TEXT_HTML_VALUE)
    @Transactional(readOnly = true)
    public String page(HttpServletRequest request, @RequestParam(required = false) String title,
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
                Designation d = row.title();
                body.append("<tr>").append("<td>").append(link(Html.BASE + "/holders/" + row.id(), row.name()))
                        .append("</td>").append(cell(row.id())).append(cell(Provinces.nameOf(row.id())))
                        .append(cell(row.titleWords()))
                        .append(cell(d == null ? "" : d.getRound()))
                        .append(cell(row.statusWords()))
                        .append(cell(d == null ? "" : Words.term(d.getTermStart(), d.getTermEnd())))
                        .append(cell(d == null ? "" : d.getRuleId())).append("</tr>\n");
            }
            body.append("</tbody></table>\n");
        }
        return Html.page(user, "Holders", "Holders", body.toString());
    }

    @GetMapping(Html.BASE + "/holders.{format}")
    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> export(HttpServletRequest request, @PathVariable String format,
            @RequestParam(required = false) String title, @RequestParam(required = false) String status) {
        OfficeUser user = OfficePages.user(request);
        List<Row> rows = rows(user, OfficePages.parse(Title.class, "title", title),
                OfficePages.parse(DesignationStatus.class, "status", status));
        Sheet.Builder sheet = Sheet.named("Holders", "Holder", "Code", "Province", "Title", "Round", "Status", "Term starts",
                "Term ends", "Rule");
        for (Row row : rows) {
            Designation d = row.title();
            sheet.row(row.name(), row.id(), Provinces.nameOf(row.id()), row.titleWords(), d == null ? null : d.getRound(),
                    row.statusWords().isEmpty() ? null : row.statusWords(), d == null ? null : d.getTermStart(),
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
                rows.add(new Row(holder.getId(), holder.getName(), null, null));
            }
            shown.forEach(d -> rows.add(new Row(holder.getId(), holder.getName(), d, null)));
        });
        if (status == null) {
            Set<String> registered = visible.keySet().stream().map(Holder::getId).collect(Collectors.toSet());
            applicants.visibleTo(user.viewer(), registered).stream()
                    .filter(applicant -> title == null || applicant.appliesFor() == title)
                    .forEach(applicant -> rows.add(new Row(applicant.id(), applicant.name(), null, applicant.appliesFor())));
        }
        rows.sort(Comparator.comparing(Row::id));
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
