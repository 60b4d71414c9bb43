package cn.ipoffice.programmes.register;

import cn.ipoffice.programmes.register.YearLists.Entry;
import cn.ipoffice.programmes.register.YearLists.Lists;
import cn.ipoffice.programmes.register.YearLists.Outcome;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The page "Published lists of the year": a year selector, one table per list and the links to its CSV and JSON.
 * Every text written into it goes through {@link #text}, so a name or a reason holding markup is shown, not run.
 */
final class YearListsPage {

    private static final String[] HEADINGS = {"Approved pilot cities (PM-7)", "Selected model cities (PM-20)",
        "Ratified cluster areas (CA-8, CA-9)", "Titles withdrawn or cancelled", "Bans imposed (I-6)"};
    private static final String[] DATE_COLUMNS = {"Reply notice date", "Term starts", "Construction starts",
        "Closed on", "Imposed on"};

    private YearListsPage() {
    }

    /** The list an outcome puts its entry on, as the CSV names it. */
    static String listOf(Outcome outcome) {
        return switch (outcome) {
            case APPROVED -> "APPROVED_PILOT_CITIES";
            case SELECTED -> "SELECTED_MODEL_CITIES";
            case RATIFIED -> "RATIFIED_AREAS";
            case WITHDRAWN, CANCELLED -> "WITHDRAWN_TITLES";
            case BANNED -> "BANS";
        };
    }

    static String render(Lists found, String api) {
        int year = found.year();
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Published lists of ").append(year).append("</title></head><body>\n")
                .append("<h1>Published lists of ").append(year).append("</h1>\n")
                .append("<form method=\"get\" action=\"").append(text(api)).append("/year-lists.html\">")
                .append("<label for=\"year\">Year</label> <input id=\"year\" name=\"year\" type=\"number\" min=\"")
                .append(YearLists.FIRST_YEAR).append("\" max=\"").append(YearLists.LAST_YEAR).append("\" value=\"")
                .append(year).append("\"> <button type=\"submit\">Show</button></form>\n<p>");
        if (year > YearLists.FIRST_YEAR) {
            page.append(link(api + "/year-lists/" + (year - 1) + ".html", "\u2190 " + (year - 1))).append(" | ");
        }
        if (year < YearLists.LAST_YEAR) {
            page.append(link(api + "/year-lists/" + (year + 1) + ".html", (year + 1) + " \u2192")).append(" | ");
        }
        page.append(link(api + "/year-lists/" + year + ".csv", "Download as CSV")).append(" | ")
                .append(link(api + "/year-lists/" + year, "JSON")).append("</p>\n");
        if (found.pilotReplyNoticeDate() != null) {
            page.append("<p>The ").append(year).append(" list of pilot cities was published with the reply notice of ")
                    .append(found.pilotReplyNoticeDate()).append(".</p>\n");
        }
        List<List<Entry>> tables = YearListsController.tables(found);
        for (int i = 0; i < tables.size(); i++) {
            page.append("<h2>").append(text(HEADINGS[i])).append("</h2>\n");
            table(page, tables.get(i), DATE_COLUMNS[i], i >= 3);
        }
        return page.append("</body></html>\n").toString();
    }

    private static void table(StringBuilder page, List<Entry> entries, String dateColumn, boolean withReason) {
        if (entries.isEmpty()) {
            page.append("<p>None in this year.</p>\n");
            return;
        }
        page.append("<table><thead><tr><th>Holder</th><th>Code</th><th>Province</th><th>Title</th><th>")
                .append(text(dateColumn)).append("</th><th>Rule</th>");
        if (withReason) {
            page.append("<th>Status</th><th>Until</th><th>Reason</th>");
        }
        page.append("</tr></thead><tbody>\n");
        for (Entry entry : entries) {
            page.append("<tr>").append(cell(entry.holderName())).append(cell(entry.holderId()))
                    .append(cell(entry.province())).append(cell(entry.title().name())).append(cell(day(entry.date())))
                    .append(cell(entry.ruleId()));
            if (withReason) {
                page.append(cell(entry.outcome().name())).append(cell(day(entry.until()))).append(cell(entry.reason()));
            }
            page.append("</tr>\n");
        }
        page.append("</tbody></table>\n");
    }

    private static String day(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static String cell(String value) {
        return "<td>" + text(value) + "</td>";
    }

    private static String link(String href, String label) {
        return "<a href=\"" + text(href) + "\">" + text(label) + "</a>";
    }

    /** HTML-escaped text; an absent value is empty. */
    static String text(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
