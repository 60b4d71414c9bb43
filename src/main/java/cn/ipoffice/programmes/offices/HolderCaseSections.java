package cn.ipoffice.programmes.offices;

import static cn.ipoffice.programmes.offices.Html.cell;
import static cn.ipoffice.programmes.offices.Html.text;

import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess;
import cn.ipoffice.programmes.modelcities.ModelCityTermProcess;
import cn.ipoffice.programmes.offices.HolderCases.Case;
import cn.ipoffice.programmes.offices.HolderCases.OpenTask;
import cn.ipoffice.programmes.offices.HolderCases.Step;
import cn.ipoffice.programmes.offices.HolderCases.Timer;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.register.CallApplication;
import cn.ipoffice.programmes.register.Viewer;
import cn.ipoffice.programmes.register.YearlyCall;
import cn.ipoffice.programmes.register.YearlyCalls;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A holder's running cases on its page: where each stands (the step, the office that holds it, since when, its
 * deadline; an application filed with SIPO with its yearly call), the next deadline of each, and the open tasks with
 * their offices, linked to Tasklist where the user may work on them. Dates in China Standard Time.
 */
final class HolderCaseSections {

    static final String TASKLIST_TASK = "/camunda/app/tasklist/" + OfficeLogin.ENGINE + "/#/?task=";

    /** The steps at which a case waits for SIPO: its yearly call's list (PM-7, PM-20, CA-8), its examination (PM-23). */
    private static final Set<String> WAITS_FOR_SIPO = Set.of(PilotCityApplicationProcess.EVENT_AWAIT_CALL,
            ClusterAreaApplicationProcess.EVENT_AWAIT_CALL, ModelCityApplicationProcess.EVENT_AWAIT_CALL,
            ModelCityTermProcess.TASK_AWAIT_EXAMINATION);

    private HolderCaseSections() {
    }

    /** For a holder the register does not know yet: that it is an applicant, and since when. */
    static void applicant(StringBuilder page, HolderFile file) {
        if (file.registered() != null) {
            return;
        }
        List<Case> running = file.cases().cases().stream().filter(Case::running).toList();
        page.append("<p id=\"applicant\">").append(text(file.name())).append(" is not in the register yet: the register enters it"
                + " when SIPO approves it. ");
        if (running.isEmpty()) {
            Case last = file.cases().cases().get(file.cases().cases().size() - 1);
            page.append("Its ").append(text(lower(last.name()))).append(" ended on ").append(day(last.ended()))
                    .append(last.outcome() == null ? "" : ": " + text(last.outcome())).append('.');
        } else {
            page.append(running.stream().map(c -> "Its " + text(lower(c.name())) + " runs since " + day(c.started()) + ".")
                    .collect(Collectors.joining(" ")));
        }
        page.append("</p>\n");
    }

    static void standing(StringBuilder page, HolderFile file, HolderOffices offices, Instant now) {
        List<Case> running = file.cases().cases().stream().filter(Case::running).toList();
        page.append("<h2>Where its cases stand</h2>\n");
        if (running.isEmpty()) {
            page.append("<p class=\"muted\" id=\"no-cases\">No case of ").append(text(file.name())).append(" is running.</p>\n");
            return;
        }
        page.append("<table id=\"cases\"><thead><tr><th>Case</th><th>Step</th><th>Held by</th><th>Since</th><th>Deadline</th>")
                .append("</tr></thead><tbody>\n");
        Map<String, OpenTask> tasks = file.cases().openTasks().stream()
                .collect(Collectors.toMap(OpenTask::id, Function.identity()));
        for (Case c : running) {
            // A case waiting at the same step more than once (a date of each year of the term) shows it once, the
            // earliest date first.
            Map<String, Row> rows = new LinkedHashMap<>();
            for (Step step : file.cases().steps()) {
                if (!step.caseId().equals(c.id())) {
                    continue;
                }
                OpenTask task = step.taskId() == null ? null : tasks.get(step.taskId());
                Row row = new Row(stepWords(file, c, step), heldBy(step, task, offices),
                        day(task != null ? task.created() : step.since()), deadline(file, c, step, task));
                String key = step.isTimer() ? step.activityId() : row.step() + '|' + row.heldBy();
                rows.merge(key, row, Row::earlier);
            }
            if (rows.isEmpty()) {
                rows.put("", new Row("moving on to its next step", "", "", null));
            }
            for (Row row : rows.values()) {
                page.append("<tr>").append(cell(caseName(file, c))).append(cell(row.step())).append(cell(row.heldBy()))
                        .append(cell(row.since())).append(deadlineCell(row.deadline(), now)).append("</tr>\n");
            }
        }
        page.append("</tbody></table>\n");
    }

    /** A row of "Where its cases stand". */
    private record Row(String step, String heldBy, String since, Instant deadline) {
        Row earlier(Row other) {
            return other.deadline() != null && (deadline == null || other.deadline().isBefore(deadline)) ? other : this;
        }
    }

    /** The next timer of each running case: what falls due, its rule and its date. */
    static void deadlines(StringBuilder page, HolderFile file) {
        List<Timer> next = file.cases().timers().stream().filter(t -> t.due() != null)
                .collect(Collectors.groupingBy(Timer::caseId)).values().stream()
                .map(timers -> Collections.min(timers, Comparator.comparing(Timer::due)))
                .sorted(Comparator.comparing(Timer::due)).toList();
        page.append("<h2>Deadlines coming up</h2>\n");
        if (next.isEmpty()) {
            page.append("<p class=\"muted\" id=\"no-deadlines\">No deadline runs.</p>\n");
            return;
        }
        page.append("<table id=\"deadlines\"><thead><tr><th>Case</th><th>What falls due</th><th>Rule</th><th>Date (CST)</th>")
                .append("</tr></thead><tbody>\n");
        for (Timer timer : next) {
            Case c = file.cases().caseOf(timer.caseId());
            OpenTask watched = timer.watchedTask() == null ? null : file.cases().openTasks().stream()
                    .filter(t -> t.caseId().equals(timer.caseId()) && t.taskKey().equals(timer.watchedTask()))
                    .findFirst().orElse(null);
            page.append("<tr>").append(cell(caseName(file, c))).append(cell(watched == null ? timer.name() : watched.name()))
                    .append(cell(rule(timer, watched))).append(cell(Words.deadline(timer.due()))).append("</tr>\n");
        }
        page.append("</tbody></table>\n");
    }

    /**
     * The timer's rule; where its diagram serves several programmes and cites each ("CA-15, PM-12, PM-26" of the annual
     * report), the one the task it watches names.
     */
    private static String rule(Timer timer, OpenTask watched) {
        if (watched == null || !timer.rule().contains(",")) {
            return timer.rule();
        }
        List<String> cited = List.of(timer.rule().split(",\\s*"));
        List<String> named = cited.stream().filter(rule -> watched.name().contains("(" + rule + ")")).toList();
        return named.isEmpty() ? timer.rule() : String.join(", ", named);
    }

    static void openTasks(StringBuilder page, HolderFile file, HolderOffices offices, OfficeUser user, Instant now) {
        List<OpenTask> tasks = file.cases().openTasks().stream()
                .sorted(Comparator.comparing(OpenTask::due, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        page.append("<h2>Open tasks</h2>\n");
        if (tasks.isEmpty()) {
            page.append("<p class=\"muted\" id=\"no-tasks\">No open task.</p>\n");
            return;
        }
        page.append("<table id=\"tasks\"><thead><tr><th>Task</th><th>Case</th><th>Held by</th><th>Since</th><th>Due</th>")
                .append("<th></th></tr></thead><tbody>\n");
        for (OpenTask task : tasks) {
            page.append("<tr>").append(cell(task.name())).append(cell(caseName(file, file.cases().caseOf(task.caseId()))))
                    .append(cell(heldBy(task, offices))).append(cell(day(task.created()))).append(deadlineCell(task.due(), now))
                    .append("<td>").append(mayWorkOn(user, task)
                            ? Html.link(TASKLIST_TASK + task.id(), "Open in Tasklist") : "").append("</td></tr>\n");
        }
        page.append("</tbody></table>\n");
    }

    /** A user works on a task given to one of its offices that nobody else has claimed, or on one claimed by itself. */
    static boolean mayWorkOn(OfficeUser user, OpenTask task) {
        if (task.assignee() != null) {
            return task.assignee().equals(user.id());
        }
        return task.groups().stream().anyMatch(user.groups()::contains);
    }

    private static String stepWords(HolderFile file, Case c, Step step) {
        if (step.isTimer()) {
            return step.rule().isEmpty() || step.name().contains(step.rule()) ? step.name()
                    : step.name() + " (" + step.rule() + ")";
        }
        return callOf(file, c, step).map(filing -> step.name() + ": " + filingWords(file, filing)).orElse(step.name());
    }

    private static String heldBy(Step step, OpenTask task, HolderOffices offices) {
        if (task != null) {
            return heldBy(task, offices);
        }
        return WAITS_FOR_SIPO.contains(step.activityId()) ? offices.of(Viewer.SIPO) : "";
    }

    private static String heldBy(OpenTask task, HolderOffices offices) {
        String held = task.groups().isEmpty() ? "" : offices.of(task.groups());
        return task.assignee() == null ? held : held + ", claimed by " + task.assignee();
    }

    private static Instant deadline(HolderFile file, Case c, Step step, OpenTask task) {
        if (task != null) {
            return task.due();
        }
        if (step.isTimer()) {
            return file.cases().timers().stream().filter(t -> t.caseId().equals(c.id())
                    && step.activityId().equals(t.elementId()) && step.executionId().equals(t.executionId()))
                    .map(Timer::due).findFirst().orElse(null);
        }
        return callOf(file, c, step).map(filing -> file.openCalls().get(filing.getApplicationCaseId()))
                .map(call -> YearlyCalls.closesAt(call.getClosingDate())).orElse(null);
    }

    private static Optional<CallApplication> callOf(HolderFile file, Case c, Step step) {
        if (!WAITS_FOR_SIPO.contains(step.activityId())) {
            return Optional.empty();
        }
        return file.filings().stream().filter(f -> f.getApplicationCaseId().equals(c.id())).findFirst();
    }

    /** Where an application filed with SIPO stands in SIPO's yearly calls (PM-7, PM-20, CA-8, I-14). */
    static String filingWords(HolderFile file, CallApplication filing) {
        String list = filing.getProgramme().listName();
        String filed = "filed with SIPO on " + day(filing.getFiledAt());
        YearlyCall call = filing.getCallId() == null ? null : file.calls().get(filing.getCallId());
        if (call == null) {
            YearlyCall open = file.openCalls().get(filing.getApplicationCaseId());
            return open == null
                    ? filed + ", when no call for " + list + " was open: it waits for SIPO's next call (I-14)"
                    : "filed with SIPO's call of " + open.getYear() + " for " + list + " on " + day(filing.getFiledAt())
                            + ", waiting for the list: the call closes on " + Words.deadline(YearlyCalls.closesAt(open.getClosingDate()));
        }
        String ofCall = "SIPO's call of " + call.getYear() + " for " + list;
        return switch (call.getState()) {
            case OPEN -> filed + ", in " + ofCall + ", waiting for the list";
            case CLOSED -> filing.getDecision() == null
                    ? filed + ", in " + ofCall + ", which closed on " + call.getClosingDate() + ": SIPO decides on it"
                    : filed + ", in " + ofCall + ": SIPO decided (" + decision(filing)
                            + "), the list is not published yet";
            case PUBLISHED -> filed + ", on the " + call.getYear() + " list of " + list + " published on "
                    + call.getReplyNoticeDate() + ": " + decision(filing);
        };
    }

    private static String decision(CallApplication filing) {
        return filing.getDecision() == null ? "not decided" : Words.of(filing.getDecision());
    }

    private static String caseName(HolderFile file, Case c) {
        if (c == null) {
            return "";
        }
        Case parent = c.superCaseId() == null ? null : file.cases().caseOf(c.superCaseId());
        return parent == null ? c.name() : c.name() + " (in the " + lower(parent.name()) + ")";
    }

    private static String deadlineCell(Instant due, Instant now) {
        if (due == null) {
            return cell("");
        }
        boolean overdue = due.isBefore(now);
        return (overdue ? "<td class=\"missed\">" : "<td>") + text(Words.deadline(due) + (overdue ? " (overdue)" : ""))
                + "</td>";
    }

    static String day(Instant instant) {
        return instant == null ? "" : DeadlineCalendar.dayOf(instant).toString();
    }

    private static String lower(String name) {
        return name == null || name.isEmpty() ? "" : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
