package cn.ipoffice.programmes.offices;

import cn.ipoffice.programmes.register.Viewer;
import java.util.List;
import java.util.Set;

/**
 * The user signed in to the Camunda webapps, as the offices' pages see them: their id, their groups (their offices) and
 * the webapps they may open ({@code tasklist}, {@code cockpit}, {@code admin}), and their offices in words
 * ({@link OfficeNames}).
 */
public record OfficeUser(String id, List<String> groups, Set<String> apps, String offices) {

    public OfficeUser {
        groups = List.copyOf(groups);
        apps = Set.copyOf(apps);
    }

    /** Whose holders this user may see. */
    public Viewer viewer() {
        return Viewer.of(groups);
    }

    public boolean mayOpen(String app) {
        return apps.contains(app);
    }

    /** SIPO and administrators see the whole country. */
    public boolean national() {
        return viewer().seesAll();
    }

    /** A province's office or SIPO: the programme overview and the exports of figures are theirs. */
    public boolean supervises() {
        return national() || !viewer().provinces().isEmpty();
    }
}
