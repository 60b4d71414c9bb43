package cn.ipoffice.programmes.offices;

import org.springframework.web.util.HtmlUtils;

/**
 * The frame every office page shares: the title, the navigation between the pages, Tasklist and (for those who may open
 * it) Cockpit, and who is signed in with which offices. Every text written into a page goes through {@link #text}, so a
 * name holding markup is shown, not run.
 */
public final class Html {

    public static final String BASE = "/offices";
    public static final String STYLE = BASE + "/assets/offices.css";

    private Html() {
    }

    /** A whole page: {@code body} is markup built with {@link #text} around every value. */
    public static String page(OfficeUser user, String title, String current, String body, String... scripts) {
        StringBuilder page = new StringBuilder(4096)
                .append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(text(title)).append(" \u2013 IP programmes</title>")
                .append("<link rel=\"stylesheet\" href=\"").append(STYLE).append("\"></head>\n<body>\n")
                .append("<header class=\"bar\"><span class=\"brand\">IP programmes</span><nav>");
        nav(page, BASE + "/holders", "Holders", current);
        if (user.supervises()) {
            nav(page, BASE + "/overview", "Overview", current);
        }
        nav(page, "/camunda/app/tasklist/default/", "Tasklist", current);
        if (user.mayOpen("cockpit")) {
            nav(page, "/camunda/app/cockpit/default/", "Cockpit", current);
        }
        page.append("</nav><span class=\"who\" id=\"signed-in\">").append(text(user.id())).append(" \u00b7 ")
                .append(text(user.offices())).append("</span></header>\n<main>\n<h1>").append(text(title))
                .append("</h1>\n").append(body).append("</main>\n");
        for (String script : scripts) {
            page.append("<script src=\"").append(text(script)).append("\"></script>\n");
        }
        return page.append("</body></html>\n").toString();
    }

    private static void nav(StringBuilder page, String href, String label, String current) {
        page.append("<a href=\"").append(text(href)).append('"');
        if (label.equals(current)) {
            page.append(" class=\"current\" aria-current=\"page\"");
        }
        page.append('>').append(text(label)).append("</a>");
    }

    /** HTML-escaped text; an absent value is empty. */
    public static String text(Object value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value.toString(), "UTF-8");
    }

    /** A link with escaped address and label. */
    public static String link(String href, Object label) {
        return "<a href=\"" + text(href) + "\">" + text(label) + "</a>";
    }

    /** A table cell with escaped text. */
    public static String cell(Object value) {
        return "<td>" + text(value) + "</td>";
    }

    /** A table cell holding a number, aligned right. */
    public static String number(Object value) {
        return "<td class=\"num\">" + text(value) + "</td>";
    }
}
