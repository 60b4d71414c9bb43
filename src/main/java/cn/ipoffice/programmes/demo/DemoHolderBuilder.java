package cn.ipoffice.programmes.demo;

import cn.ipoffice.programmes.clusterareas.rules.CheckAndAcceptance;
import cn.ipoffice.programmes.clusterareas.rules.CheckResult;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.demo.DemoPlan.Closure;
import cn.ipoffice.programmes.demo.DemoPlan.DemoBan;
import cn.ipoffice.programmes.demo.DemoPlan.DemoCase;
import cn.ipoffice.programmes.demo.DemoPlan.DemoHolder;
import cn.ipoffice.programmes.demo.DemoPlan.DemoTitle;
import cn.ipoffice.programmes.demo.DemoPlan.Placing;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a demo holder's history in the register's terms, one stage after the other, with the rule
 * ids and reasons the processes' delegates record at each step (PM-7, PM-15, PM-16, PM-20, CA-9, CA-17).
 */
final class DemoHolderBuilder {

    private final String id;
    private final String name;
    private final HolderKind kind;
    private final String user;
    private final List<DemoTitle> titles = new ArrayList<>();
    private final List<DemoBan> bans = new ArrayList<>();
    private List<Placing> grades = List.of();

    DemoHolderBuilder(String id, String name, HolderKind kind, String user) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.user = user;
    }

    /** PM-7: the pilot title, round 1, from the reply notice. */
    DemoHolderBuilder pilot(LocalDate replyNotice) {
        return grant(Title.PILOT_CITY, 1, replyNotice, "PM-7");
    }

    /** PM-16: the next pilot round from the new plan's issue date. */
    DemoHolderBuilder newRound(LocalDate planIssued) {
        int next = current().round() + 1;
        close(DesignationStatus.COMPLETED, "PM-16", "PM-16: followed by pilot round " + next + " from " + planIssued,
                planIssued);
        return grant(Title.PILOT_CITY, next, planIssued, "PM-16");
    }

    /** PM-15: demonstration fostering from the fostering plan's issue date. */
    DemoHolderBuilder fostering(LocalDate planIssued) {
        close(DesignationStatus.COMPLETED, "PM-15", "PM-15: entered demonstration fostering from " + planIssued,
                planIssued);
        return grant(Title.DEMONSTRATION_FOSTERING, 1, planIssued, "PM-15");
    }

    /** PM-20: the model title from SIPO's reply notice; fostering ends. */
    DemoHolderBuilder model(LocalDate replyNotice) {
        close(DesignationStatus.COMPLETED, "PM-20", "PM-20: selected as a national IP model city from " + replyNotice,
                replyNotice);
        return grant(Title.MODEL_CITY, 1, replyNotice, "PM-20");
    }

    /** CA-9: the experimental area's construction from the ratification. */
    DemoHolderBuilder construction(LocalDate ratified) {
        return grant(Title.EXPERIMENTAL_AREA_CONSTRUCTION, 1, ratified, "CA-9");
    }

    /** CA-17: checked excellent, the demonstrative title from the check. */
    DemoHolderBuilder demonstrative(LocalDate checkedOn) {
        close(DesignationStatus.COMPLETED, CheckAndAcceptance.RULE,
                CheckAndAcceptance.decide(CheckResult.EXCELLENT, checkedOn, null).reason(), checkedOn);
        return grant(Title.DEMONSTRATIVE_AREA, 1, checkedOn, CheckAndAcceptance.RULE);
    }

    /** The current title withdrawn on a day, by the rule and with the reason its delegate records. */
    DemoHolderBuilder withdrawn(String ruleId, String reason, LocalDate on) {
        close(DesignationStatus.WITHDRAWN, ruleId, reason, on);
        return this;
    }

    DemoHolderBuilder banned(Title scope, LocalDate firstDay, int years, String ruleId, String reason) {
        bans.add(new DemoBan(scope, firstDay, years, ruleId, reason));
        return this;
    }

    /** The provincial assessments of the last three assessed years, the latest first (PM-9). */
    DemoHolderBuilder grades(Placing lastYear, Placing yearBefore, Placing threeYearsAgo) {
        grades = List.of(lastYear, yearBefore, threeYearsAgo);
        return this;
    }

    LocalDate lastBanDay() {
        return bans.get(bans.size() - 1).lastDay();
    }

    /** The holder in a running case. */
    DemoHolder runs(DemoCase running, String stage) {
        return new DemoHolder(id, name, kind, user, stage, List.copyOf(titles), List.copyOf(bans), grades, running);
    }

    /** The holder with no case running: its history is all in the register. */
    DemoHolder holds(String stage) {
        return new DemoHolder(id, name, kind, user, stage, List.copyOf(titles), List.copyOf(bans), grades, null);
    }

    private DemoHolderBuilder grant(Title title, int round, LocalDate start, String ruleId) {
        titles.add(new DemoTitle(title, round, DeadlineCalendar.term(start, 3), ruleId, null));
        return this;
    }

    private DemoTitle current() {
        return titles.get(titles.size() - 1);
    }

    private void close(DesignationStatus status, String ruleId, String reason, LocalDate on) {
        DemoTitle open = current();
        titles.set(titles.size() - 1, new DemoTitle(open.title(), open.round(), open.term(), open.grantedBy(),
                new Closure(status, ruleId, reason, on)));
    }
}
