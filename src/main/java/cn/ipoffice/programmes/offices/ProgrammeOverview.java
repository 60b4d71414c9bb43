package cn.ipoffice.programmes.offices;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.register.Register;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The programme at a glance, for the offices that supervise (a province's office its province, SIPO the country): the
 * holders by title and status, the coming twelve months' deadlines, the overdue cases and the last 31 January's
 * reports, each as a {@link Section} of numbers. "Today" is the engine's clock's day in China Standard Time.
 */
@Component
class ProgrammeOverview {

    /** The sections' ids, in the page's order. */
    static final List<String> SECTIONS = List.of(TitleFigures.ID, ComingDeadlines.TIMELINE, ComingDeadlines.DEADLINES,
            OverdueFigures.ID, ReportFigures.ID);

    private final Register register;
    private final ComingDeadlines deadlines;
    private final OverdueFigures overdue;
    private final ReportFigures reports;
    private final Clock clock;

    ProgrammeOverview(Register register, ComingDeadlines deadlines, OverdueFigures overdue, ReportFigures reports,
            Clock clock) {
        this.register = register;
        this.deadlines = deadlines;
        this.overdue = overdue;
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * What the user's overview is of; a user who supervises no province is answered as for a page that does not exist,
     * as the overview is not theirs.
     */
    Scope scope(OfficeUser user) {
        if (!user.supervises()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The programme overview and its exports are the "
                    + "provincial offices' and SIPO's; your offices (" + user.offices() + ") see their holders under "
                    + Html.BASE + "/holders");
        }
        Instant now = clock.instant();
        return Scope.of(user.viewer(), now, DeadlineCalendar.dayOf(now), register.visibleTo(user.viewer()));
    }

    /** The sections in the page's order; their ids name their CSV files. */
    List<Section> sections(Scope scope) {
        List<Section> sections = new ArrayList<>();
        sections.add(TitleFigures.of(scope));
        sections.addAll(deadlines.sections(scope));
        sections.add(overdue.section(scope));
        sections.add(reports.section(scope));
        return sections;
    }

    /** The section of this id among {@link #SECTIONS}. */
    static Section named(List<Section> sections, String id) {
        return sections.stream().filter(section -> section.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalStateException("No section " + id));
    }

    /** A section's id as asked for, or a refusal that names the sections there are. */
    static String requireSection(String id) {
        if (!SECTIONS.contains(id)) {
            throw new IllegalArgumentException("Unknown section '" + id + "' of the overview; expected one of " + SECTIONS);
        }
        return id;
    }
}
