package cn.ipoffice.programmes.offices;

import static cn.ipoffice.programmes.offices.HolderRecordSections.plain;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.offices.HolderCases.Case;
import cn.ipoffice.programmes.offices.HolderCases.DoneTask;
import cn.ipoffice.programmes.register.AnnualAssessment;
import cn.ipoffice.programmes.register.AnnualReport;
import cn.ipoffice.programmes.register.Ban;
import cn.ipoffice.programmes.register.CallApplication;
import cn.ipoffice.programmes.register.CallDecision;
import cn.ipoffice.programmes.register.CallState;
import cn.ipoffice.programmes.register.DecidedFinding;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Disqualification;
import cn.ipoffice.programmes.register.ModelExamination;
import cn.ipoffice.programmes.register.YearlyCall;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A holder's history in plain words, newest first: what the register recorded (titles and their ends, bans,
 * assessments, SIPO's examinations, reports, disqualifications, SIPO's findings, filings with SIPO's calls and their
 * lists) and what the engine's history holds (cases begun and ended, tasks completed, with their day and office), e.g.
 * "2026-11-17 SIPO approved Nantong as a pilot city, term 2026-11-17 to 2029-11-16 (PM-7)". Days in China Standard
 * Time.
 */
final class HolderHistory {

    /** A reason the register keeps with its rule in front ("PM-14: acceptance score 55 …"). */
    private static final Pattern RULE_FIRST = Pattern.compile("^((?:PM|CA)-\\d+(?:\\([a-z]+\\))?|I-\\d+):\\s*");

    /** One line: its day, the moment within it where the record has one, and the words. */
    record Line(LocalDate day, Instant at, String text) {
    }

    private final HolderFile file;
    private final HolderOffices offices;
    private final List<Line> lines = new ArrayList<>();

    private HolderHistory(HolderFile file, HolderOffices offices) {
        this.file = file;
        this.offices = offices;
    }

    static List<Line> of(HolderFile file, HolderOffices offices) {
        HolderHistory history = new HolderHistory(file, offices);
        history.fromTheRegister();
        history.fromTheCases();
        List<Line> lines = new ArrayList<>(history.lines);
        Collections.reverse(lines);
        lines.sort(Comparator.comparing(Line::day).reversed()
                .thenComparing(Line::at, Comparator.nullsLast(Comparator.<Instant>naturalOrder().reversed())));
        return lines;
    }

    static void render(StringBuilder page, List<Line> lines) {
        page.append("<h2>History</h2>\n");
        if (lines.isEmpty()) {
            page.append("<p class=\"muted\" id=\"no-history\">Nothing recorded yet.</p>\n");
            return;
        }
        page.append("<ol id=\"history\" class=\"history\">\n");
        for (Line line : lines) {
            page.append("<li><time>").append(line.day()).append("</time> ").append(Html.text(line.text())).append("</li>\n");
        }
        page.append("</ol>\n");
    }

    private void fromTheRegister() {
        String name = file.name();
        for (Designation d : file.titles()) {
            add(d.getTermStart(), null, granted(d));
            if (d.getStatus() != DesignationStatus.ACTIVE && d.getUpdatedAt() != null) {
                add(day(d.getUpdatedAt()), d.getUpdatedAt(), name + "'s " + Words.title(d.getTitle()) + " title, round "
                        + d.getRound() + ", " + Words.status(d.getStatus()) + withRule(d.getStatusReason(), d.getStatusRuleId()));
            }
        }
        for (Ban b : file.bans()) {
            add(b.getFirstDay(), null, name + " may not apply as a " + Words.title(b.getTitleScope()) + " until "
                    + b.getLastDay() + " (" + b.getRuleId() + ")");
        }
        for (AnnualAssessment a : file.assessments()) {
            add(day(a.getCreatedAt()), a.getCreatedAt(), a.isMissed()
                    ? offices.province() + "'s assessment of " + a.getYear() + " missed" + withRule(a.getRemarks(), "PM-9, I-12")
                    : offices.province() + " assessed " + a.getYear() + ": " + Words.of(a.getGrade()) + ", rank " + a.getRank()
                            + " of " + a.getCategorySize() + (a.getScore() == null ? "" : ", score " + plain(a.getScore()))
                            + " (PM-9)");
        }
        for (ModelExamination e : file.examinations()) {
            add(day(e.getCreatedAt()), e.getCreatedAt(), "SIPO examined " + e.getYear() + ": " + Words.of(e.getGrade())
                    + ", patent strength index " + plain(e.getPatentStrengthIndex()) + ", "
                    + plain(e.getTargetsMetPercent()) + " % of the work plan's targets met (PM-23)");
        }
        for (AnnualReport r : file.reports()) {
            String report = "annual report due " + Words.day(LocalDate.of(r.getYear(), 1, 31));
            if (r.isMissed()) {
                add(day(r.getCreatedAt()), r.getCreatedAt(), name + "'s " + report + " missed"
                        + withRule(r.getRemarks(), r.getRuleId() + ", I-12"));
            } else {
                add(r.getSubmittedOn(), null, name + " submitted its " + report + ": " + (r.isOnTime() ? "on time" : "late")
                        + ", " + (r.isAccepted() ? "accepted" : "not accepted") + " (" + r.getRuleId() + ")");
            }
        }
        for (Disqualification d : file.disqualifications()) {
            add(d.getDecidedOn(), null, name + " disqualified from its application as a " + Words.title(d.getTitle())
                    + withRule(d.getReason(), d.getRuleId()));
        }
        for (DecidedFinding f : file.findings()) {
            add(f.getDecidedOn(), null, "SIPO " + Words.of(f.getDecision()) + " the finding on " + name + "'s assessments of "
                    + f.getFirstYear() + " and " + f.getSecondYear() + " (" + f.getRuleId() + ")");
        }
        file.filings().forEach(this::filing);
    }

    private void filing(CallApplication filing) {
        String list = filing.getProgramme().listName();
        String rule = " (" + filing.getProgramme().ruleId() + ")";
        add(day(filing.getFiledAt()), filing.getFiledAt(), offices.province() + " filed " + file.name()
                + "'s application with SIPO for its yearly call for " + list + rule);
        YearlyCall call = filing.getCallId() == null ? null : file.calls().get(filing.getCallId());
        if (call != null && call.getState() == CallState.PUBLISHED && filing.getDecision() != null
                && filing.getDecision() != CallDecision.ENDED_BEFORE_THE_CALL) {
            add(call.getReplyNoticeDate(), null, "SIPO published the " + call.getYear() + " list of " + list + ": "
                    + file.name() + " " + Words.of(filing.getDecision())
                    + (filing.getDecision() == CallDecision.REFUSED && filing.getReason() != null ? ", " + filing.getReason() : "")
                    + rule);
        }
    }

    private void fromTheCases() {
        for (Case c : file.cases().cases()) {
            if (c.superCaseId() != null) {
                continue;
            }
            add(day(c.started()), c.started(), c.name() + " began");
            if (c.ended() != null) {
                add(day(c.ended()), c.ended(), c.name() + " ended" + (c.outcome() == null ? "" : ": " + c.outcome()));
            }
        }
        for (DoneTask task : file.cases().doneTasks()) {
            String by = task.groups().stream().map(offices::shortly).distinct().collect(Collectors.joining(" and "));
            add(day(task.ended()), task.ended(), (by.isEmpty() ? "" : by + " ") + "completed: " + task.name());
        }
    }

    /** The title's start in the words of the decision that granted it. */
    private String granted(Designation d) {
        String name = file.name();
        String term = d.getTermEnd() == null ? "from " + d.getTermStart() : d.getTermStart() + " to " + d.getTermEnd();
        String rule = " (" + d.getRuleId() + ")";
        boolean first = d.getRound() == 1;
        return switch (d.getTitle()) {
            case PILOT_CITY -> first ? "SIPO approved " + name + " as a pilot city, term " + term + rule
                    : name + " began pilot round " + d.getRound() + ", term " + term + rule;
            case DEMONSTRATION_FOSTERING -> name + " entered demonstration fostering, cycle " + d.getRound() + ", " + term + rule;
            case MODEL_CITY -> first ? "SIPO selected " + name + " as a model city, term " + term + rule
                    : name + " kept its model-city title for round " + d.getRound() + ", term " + term + rule;
            case EXPERIMENTAL_AREA_CONSTRUCTION -> "SIPO ratified " + name + " as a cluster development experimental area,"
                    + " construction " + term + rule;
            case EXPERIMENTAL_AREA -> name + " holds the experimental area title " + term + rule;
            case DEMONSTRATIVE_AREA -> first ? name + " confirmed as a demonstrative area, term " + term + rule
                    : name + " kept its demonstrative-area title for round " + d.getRound() + ", term " + term + rule;
        };
    }

    /** ": reason (rule)", the reason without the rule the register put in front of it, which then names the rule. */
    private static String withRule(String reason, String rule) {
        if (reason == null || reason.isBlank()) {
            return rule == null ? "" : " (" + rule + ")";
        }
        Matcher first = RULE_FIRST.matcher(reason);
        String named = rule;
        String text = reason;
        if (first.find()) {
            named = rule == null || first.group(1).startsWith(rule) ? first.group(1) : rule;
            text = reason.substring(first.end());
        }
        return ": " + text + (named == null ? "" : " (" + named + ")");
    }

    private void add(LocalDate day, Instant at, String text) {
        if (day != null) {
            lines.add(new Line(day, at, text));
        }
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : DeadlineCalendar.dayOf(instant);
    }
}
