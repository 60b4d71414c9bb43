package cn.ipoffice.programmes.simulator;

import cn.ipoffice.programmes.register.AnnualAssessment;
import cn.ipoffice.programmes.register.AnnualReport;
import cn.ipoffice.programmes.register.Ban;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.ModelExamination;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the register's changes for the holder to the timeline, as the delegates made them in the
 * engine's transactions: titles granted and ended (title, round, term, rule), bans, assessments, SIPO's
 * examinations of model cities and annual reports.
 */
final class RegisterObserver {

    private final Register register;
    private final String holderId;
    private final Map<Long, String> designationStatus = new HashMap<>();
    private final Set<Long> bans = new HashSet<>();
    private final Set<Long> assessments = new HashSet<>();
    private final Set<Long> examinations = new HashSet<>();
    private final Set<Long> reports = new HashSet<>();

    RegisterObserver(Register register, String holderId) {
        this.register = register;
        this.holderId = holderId;
    }

    void observe(Timeline timeline, Instant now) {
        for (Designation designation : register.designationsOf(holderId)) {
            String status = designation.getStatus().name();
            String before = designationStatus.put(designation.getId(), status);
            if (before == null) {
                timeline.add(entry(now, "title", granted(designation), "", null, designation.getRuleId()));
            }
            if (!status.equals(before) && designation.getStatusRuleId() != null) {
                timeline.add(entry(now, "title", ended(designation), "", null, designation.getStatusRuleId()));
            }
        }
        for (Ban ban : register.bansOf(holderId)) {
            if (bans.add(ban.getId())) {
                timeline.add(entry(now, "ban", "may not apply as " + words(ban.getTitleScope()) + " from "
                        + ban.getFirstDay() + " to " + ban.getLastDay() + ": " + ban.getReason(), "", null, ban.getRuleId()));
            }
        }
        for (AnnualAssessment assessment : register.assessmentsOf(holderId)) {
            if (assessments.add(assessment.getId())) {
                timeline.add(entry(now, "assessment", "performance in " + assessment.getYear() + ": "
                        + assessment.getGrade() + ", rank " + assessment.getRank() + " of " + assessment.getCategorySize()
                        + " (" + assessment.getCategory() + ")", "", null, "PM-9"));
            }
        }
        for (AnnualAssessment assessment : register.missedAssessmentsOf(holderId)) {
            if (assessments.add(assessment.getId())) {
                timeline.add(entry(now, "assessment", "performance in " + assessment.getYear()
                        + " missed: never assessed, its case ended (I-12)", "", null, "PM-9"));
            }
        }
        for (ModelExamination examination : register.examinationsOf(holderId)) {
            if (examinations.add(examination.getId())) {
                timeline.add(entry(now, "examination", "model city's work in " + examination.getYear() + ": "
                        + examination.getGrade() + ", patent strength index "
                        + examination.getPatentStrengthIndex().stripTrailingZeros().toPlainString() + ", "
                        + examination.getTargetsMetPercent().stripTrailingZeros().toPlainString() + " % of targets met",
                        "", null, "PM-23"));
            }
        }
        for (AnnualReport report : register.reportsOf(holderId)) {
            if (reports.add(report.getId())) {
                String what = report.isMissed() ? " missed: never delivered, its case ended (I-12)"
                        : " recorded: submitted " + report.getSubmittedOn() + (report.isOnTime() ? ", on time" : ", late")
                                + (report.isAccepted() ? ", accepted" : ", not accepted");
                timeline.add(entry(now, "report", "annual report due 31 January " + report.getYear() + what, "",
                        null, report.getRuleId()));
            }
        }
    }

    private TimelineEntry entry(Instant at, String event, String what, String who, Instant due, String rule) {
        return new TimelineEntry(at, event, what, who, due, rule, holderId);
    }

    private static String granted(Designation designation) {
        String term = designation.getTermEnd() == null ? "held from " + designation.getTermStart()
                : "term " + designation.getTermStart() + " to " + designation.getTermEnd();
        return words(designation.getTitle()) + " title, round " + designation.getRound() + ", " + term;
    }

    private static String ended(Designation designation) {
        String reason = designation.getStatusReason() == null ? "" : ": " + designation.getStatusReason();
        return words(designation.getTitle()) + " title, round " + designation.getRound() + ", "
                + designation.getStatus().name().toLowerCase(Locale.ROOT) + reason;
    }

    private static String words(Title title) {
        return title.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
