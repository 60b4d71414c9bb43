package cn.ipoffice.programmes.offices;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.export.Sheet;
import cn.ipoffice.programmes.modelcities.ModelCityTermProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.Provinces;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The overview's timeline: in each of the coming twelve months (this month from today on, and the eleven after it), the
 * terms that expire and the acceptances (PM-13) and reexamination applications (PM-27) that fall due, and the same
 * deadlines one by one. An acceptance or an application is due on the last day of its window of 4 months after the
 * term's expiry: for a term still running, as its last day in the register makes it; for a term that has expired, as
 * the due date of the open task of its case (the task goes once the acceptance is held or the application made).
 */
@Component
class ComingDeadlines {

    static final String TIMELINE = "timeline";
    static final String DEADLINES = "deadlines";
    static final int MONTHS = 12;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /** What falls due: its series on the chart and its words in the list. */
    enum Kind {
        EXPIRING("Terms that expire", "term expires"),
        ACCEPTANCE("Acceptances due (PM-13)", "acceptance due (PM-13)"),
        REEXAMINATION("Reexaminations due (PM-27)", "reexamination application due (PM-27)");

        final String heading;
        final String words;

        Kind(String heading, String words) {
            this.heading = heading;
            this.words = words;
        }
    }

    /** One deadline: its last day (24:00 CST), what falls due, whose, of which title. */
    record Deadline(LocalDate lastDay, Kind kind, String holderId, String holderName, Title title) {
    }

    private final TaskService tasks;
    private final VisibleCases cases;

    ComingDeadlines(TaskService tasks, VisibleCases cases) {
        this.tasks = tasks;
        this.cases = cases;
    }

    /** The timeline's months: this month and the eleven after it. */
    static List<YearMonth> months(LocalDate today) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            months.add(YearMonth.from(today).plusMonths(i));
        }
        return months;
    }

    List<Section> sections(Scope scope) {
        List<Deadline> deadlines = deadlines(scope);
        List<YearMonth> months = months(scope.today());
        Sheet.Builder timeline = Sheet.named("Coming 12 months", "Month", Kind.EXPIRING.heading, Kind.ACCEPTANCE.heading,
                Kind.REEXAMINATION.heading);
        List<List<String>> timelineLinks = new ArrayList<>();
        List<Section.Series> series = new ArrayList<>();
        long[][] counts = new long[Kind.values().length][months.size()];
        for (Deadline deadline : deadlines) {
            counts[deadline.kind().ordinal()][months.indexOf(YearMonth.from(deadline.lastDay()))]++;
        }
        for (int m = 0; m < months.size(); m++) {
            timeline.row(MONTH.format(months.get(m)), counts[0][m], counts[1][m], counts[2][m]);
            timelineLinks.add(List.of());
        }
        for (Kind kind : Kind.values()) {
            series.add(new Section.Series(kind.name(), kind.heading, Arrays.stream(counts[kind.ordinal()]).boxed()
                    .toList(), null));
        }
        Sheet.Builder list = Sheet.named("Coming deadlines", "Last day", "Holder", "Code", "Province", "What", "Title");
        List<List<String>> listLinks = new ArrayList<>();
        for (Deadline deadline : deadlines) {
            list.row(deadline.lastDay(), deadline.holderName(), deadline.holderId(), Provinces.nameOf(deadline.holderId()),
                    deadline.kind().words, Words.title(deadline.title()));
            listLinks.add(List.of());
        }
        LocalDate last = months.get(months.size() - 1).atEndOfMonth();
        String window = "from " + Words.day(scope.today()) + " to " + Words.day(last);
        Section.Chart chart = new Section.Chart(months.stream().map(MONTH::format).toList(), series, false, null,
                "deadlines");
        return List.of(
                new Section(TIMELINE, "The coming 12 months",
                        "By the month of their last day (" + window + ", China Standard Time): the titles whose term "
                                + "expires, from the register; the acceptances of pilot cities the provincial office "
                                + "holds within 4 months of the term's expiry (PM-13) and the model cities' applications "
                                + "for reexamination within 4 months of theirs (PM-27), each due on its window's last "
                                + "day: for a term still running as its last day in the register makes it, for a term "
                                + "that has expired as its case's open task is due. An acceptance held or an "
                                + "application made is no longer counted.",
                        timeline.build(), timelineLinks, List.of(new Section.View("months", "by month",
                                "Deadlines in the coming 12 months, by month", chart)), null),
                new Section(DEADLINES, "The coming deadlines one by one", "The deadlines counted above, "
                        + "the earliest first; each is met by 24:00 China Standard Time of its last day.",
                        list.build(), listLinks, List.of(), TIMELINE));
    }

    List<Deadline> deadlines(Scope scope) {
        LocalDate first = scope.today();
        LocalDate last = months(first).get(MONTHS - 1).atEndOfMonth();
        List<Deadline> deadlines = new ArrayList<>();
        Set<String> withOpenTask = new HashSet<>();
        open(scope, PilotCityRoundProcess.KEY, PilotCityRoundProcess.TASK_HOLD_ACCEPTANCE, Kind.ACCEPTANCE,
                Title.PILOT_CITY, deadlines, withOpenTask);
        open(scope, ModelCityTermProcess.KEY, ModelCityTermProcess.TASK_APPLY_REEXAMINATION, Kind.REEXAMINATION,
                Title.MODEL_CITY, deadlines, withOpenTask);
        scope.visible().forEach((holder, titles) -> {
            for (Designation d : titles) {
                if (d.getStatus() != DesignationStatus.ACTIVE || d.getTermEnd() == null || d.getTermEnd().isBefore(first)) {
                    continue;
                }
                deadlines.add(new Deadline(d.getTermEnd(), Kind.EXPIRING, holder.getId(), holder.getName(), d.getTitle()));
                Kind window = d.getTitle() == Title.PILOT_CITY ? Kind.ACCEPTANCE
                        : d.getTitle() == Title.MODEL_CITY ? Kind.REEXAMINATION : null;
                if (window != null && !withOpenTask.contains(window + holder.getId())) {
                    deadlines.add(new Deadline(DeadlineCalendar.lastDayOf(DeadlineCalendar.withinMonths(d.getTermEnd(), 4)),
                            window, holder.getId(), holder.getName(), d.getTitle()));
                }
            }
        });
        return deadlines.stream().filter(d -> !d.lastDay().isBefore(first) && !d.lastDay().isAfter(last))
                .sorted(Comparator.comparing(Deadline::lastDay).thenComparing(Deadline::holderId)
                        .thenComparing(Deadline::kind))
                .toList();
    }

    /** The open tasks of this kind in the cases the user may read, each due on its window's last day. */
    private void open(Scope scope, String processKey, String taskKey, Kind kind, Title title, List<Deadline> deadlines,
            Set<String> withOpenTask) {
        List<Task> open = VisibleCases.all(tasks.createTaskQuery().processDefinitionKey(processKey)
                .taskDefinitionKey(taskKey).orderByTaskId().asc());
        Map<String, String> holders = cases.holders(open.stream().map(Task::getProcessInstanceId).distinct().toList());
        Map<String, Holder> known = scope.holders();
        for (Task task : open) {
            String holderId = holders.get(task.getProcessInstanceId());
            if (holderId == null || !scope.viewer().sees(holderId) || task.getDueDate() == null) {
                continue;
            }
            withOpenTask.add(kind + holderId);
            Holder holder = known.get(holderId);
            deadlines.add(new Deadline(DeadlineCalendar.lastDayOf(task.getDueDate().toInstant()), kind, holderId,
                    holder == null ? holderId : holder.getName(), title));
        }
    }
}
