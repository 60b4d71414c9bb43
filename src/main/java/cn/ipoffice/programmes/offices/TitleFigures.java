package cn.ipoffice.programmes.offices;

import cn.ipoffice.programmes.export.Sheet;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.Title;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The overview's first section: per province, how many holders have each title in each status (a holder with two
 * completed pilot rounds counts once under "completed"), from the register. A number links to the holders list filtered
 * by its title and status.
 */
final class TitleFigures {

    static final String ID = "titles";
    private static final String ALL = "all provinces";

    private TitleFigures() {
    }

    static Section of(Scope scope) {
        // province -> title -> status -> holders
        Map<String, Map<Title, Map<DesignationStatus, Set<String>>>> counted = new HashMap<>();
        scope.visible().forEach((holder, titles) -> count(counted, holder, titles));
        List<String> headings = new ArrayList<>(List.of("Province", "Title"));
        for (DesignationStatus status : DesignationStatus.values()) {
            headings.add(capitalised(Words.status(status)));
        }
        Sheet.Builder table = Sheet.named("Titles", headings.toArray(String[]::new));
        List<List<String>> links = new ArrayList<>();
        List<String> rows = new ArrayList<>(scope.provinces());
        if (rows.size() > 1) {
            rows.add(ALL);
        }
        for (String province : rows) {
            for (Title title : Title.values()) {
                List<Object> cells = new ArrayList<>(List.of(province.equals(ALL) ? ALL : Scope.provinceName(province),
                        Words.title(title)));
                List<String> rowLinks = new ArrayList<>(List.of("", ""));
                long sum = 0;
                for (DesignationStatus status : DesignationStatus.values()) {
                    long n = holders(counted, province, title, status);
                    sum += n;
                    cells.add(n);
                    rowLinks.add(n == 0 ? null : holdersLink(title, status));
                }
                if (sum > 0) {
                    table.row(cells.toArray());
                    links.add(rowLinks);
                }
            }
        }
        List<Section.View> views = new ArrayList<>();
        for (DesignationStatus status : DesignationStatus.values()) {
            views.add(new Section.View(status.name(), Words.status(status), "Holders with a title " + Words.status(status)
                    + ", by province and title", chart(scope, counted, status)));
        }
        return new Section(ID, "Holders by title and status",
                "Each number counts the holders (cities and areas) of the province that hold the title in that status, "
                        + "from the register: \u201cactive\u201d while its term runs, \u201ccompleted\u201d when the next "
                        + "stage followed, \u201cwithdrawn\u201d, \u201ccancelled\u201d or \u201cended\u201d by a "
                        + "decision. A holder with two completed rounds of a title counts once. A number (and a bar) opens "
                        + "the list of the holders with that title and status" + (scope.national()
                        ? " of every province." : "."),
                table.build(), links, views, null);
    }

    private static void count(Map<String, Map<Title, Map<DesignationStatus, Set<String>>>> counted, Holder holder,
            List<Designation> titles) {
        for (Designation d : titles) {
            counted.computeIfAbsent(holder.getProvince(), p -> new HashMap<>())
                    .computeIfAbsent(d.getTitle(), t -> new HashMap<>())
                    .computeIfAbsent(d.getStatus(), s -> new HashSet<>()).add(holder.getId());
        }
    }

    private static long holders(Map<String, Map<Title, Map<DesignationStatus, Set<String>>>> counted, String province,
            Title title, DesignationStatus status) {
        if (province.equals(ALL)) {
            return counted.values().stream().mapToLong(byTitle -> byTitle.getOrDefault(title, Map.of())
                    .getOrDefault(status, Set.of()).size()).sum();
        }
        return counted.getOrDefault(province, Map.of()).getOrDefault(title, Map.of()).getOrDefault(status, Set.of()).size();
    }

    private static Section.Chart chart(Scope scope, Map<String, Map<Title, Map<DesignationStatus, Set<String>>>> counted,
            DesignationStatus status) {
        List<Section.Series> series = new ArrayList<>();
        for (Title title : Title.values()) {
            List<Long> data = new ArrayList<>();
            List<String> links = new ArrayList<>();
            for (String province : scope.provinces()) {
                long n = holders(counted, province, title, status);
                data.add(n);
                links.add(n == 0 ? null : holdersLink(title, status));
            }
            series.add(new Section.Series(title.name(), Words.title(title), data, links));
        }
        return new Section.Chart(scope.provinces().stream().map(Scope::provinceName).toList(), series, true, null,
                "holders");
    }

    static String holdersLink(Title title, DesignationStatus status) {
        return Html.BASE + "/holders" + OfficePages.query("title", title, "status", status);
    }

    static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
