package cn.ipoffice.programmes.demo;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.deadlines.Term;
import cn.ipoffice.programmes.pilotcities.ProvincialAssessmentRoundProcess;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Grade;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Programme;
import cn.ipoffice.programmes.register.Title;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The vocabulary of the demo's plan ({@link DemoHolders}): each demo city or area with its titles so
 * far, its bans, its grades and the case it is in today. Plain data computed from today's date, so
 * that the same plan holds in any year and can be checked without an engine.
 */
final class DemoPlan {

    /** Rule ids of the annual report by title: PM-12 to the province, PM-26 and CA-15 to SIPO. */
    static final Map<Title, String> REPORT_RULE = Map.of(Title.PILOT_CITY, "PM-12",
            Title.DEMONSTRATION_FOSTERING, "PM-12", Title.MODEL_CITY, "PM-26",
            Title.EXPERIMENTAL_AREA_CONSTRUCTION, "CA-15", Title.DEMONSTRATIVE_AREA, "CA-15");

    /** Prefecture-level divisions per province: the category the provincial office ranks in (PM-9). */
    static final Map<String, Integer> CATEGORY_SIZE = Map.of("32", 13, "33", 11, "35", 9, "37", 16, "42", 13,
            "44", 21, "51", 21);

    /**
     * The province whose assessment round of the last assessed year waits for it (PM-9, I-13): Hubei. Its cities'
     * assessments of that year are not on record, neither in the register nor by their own cases, so that the round
     * can open for them and rank them from their scores.
     */
    static final String ROUND_PROVINCE = "42";

    /**
     * The province whose assessment round of the last assessed year the demo runs to its end (PM-9, I-13, PM-32(c)):
     * Jiangsu. Its cities' grades and scores of that year are entered in the round and the ranking confirmed, so that
     * the register holds the year from the round and Lianyungang, last two years running, is put to SIPO.
     */
    static final String RECORDED_ROUND_PROVINCE = "32";

    private DemoPlan() {
    }

    /** The year of the last 31 January whose deadline (24:00 CST) has passed on {@code today}. */
    static int lastReportYear(LocalDate today) {
        return today.isAfter(LocalDate.of(today.getYear(), 1, 31)) ? today.getYear() : today.getYear() - 1;
    }

    /** A grade and rank of the provincial assessment (PM-9). */
    record Placing(Grade grade, int rank) {
    }

    /** How a title ended, on which day, by which rule. */
    record Closure(DesignationStatus status, String ruleId, String reason, LocalDate on) {
    }

    /** A title held for a term; open while {@code closure} is null. */
    record DemoTitle(Title title, int round, Term term, String grantedBy, Closure closure) {

        /** The years whose 31 January report the title owed while it was held. */
        List<Integer> reportYears() {
            return DeadlineCalendar.annualReportYears(term).stream()
                    .filter(year -> closure == null || !LocalDate.of(year, 1, 31).isAfter(closure.on()))
                    .toList();
        }
    }

    record DemoBan(Title scope, LocalDate firstDay, int years, String ruleId, String reason) {

        LocalDate lastDay() {
            return DeadlineCalendar.banLastDay(firstDay, years);
        }
    }

    /** The case a demo holder is in today. */
    sealed interface DemoCase permits Application, TermCase {
    }

    /**
     * A pilot-city application, taken as far as the task it waits at; {@code enforcementScore} is the city's
     * enforcement evaluation of the previous year as SIPO recorded it, which PM-5(v) ranks within the province.
     */
    record Application(String waitsAt, BigDecimal enforcementScore, String themes) implements DemoCase {
    }

    /**
     * A running term process of the holder's open title. {@code planMetOn} is the day the plan that
     * opens the term (PM-8, PM-21, CA-10) was recorded, or null while it is owed. Past reports are on
     * record except those {@code owed} or submitted and {@code inReview}.
     */
    record TermCase(String processKey, LocalDate planMetOn, Set<Integer> owed, Set<Integer> inReview,
            Acceptance acceptance) implements DemoCase {

        TermCase owing(int year) {
            return new TermCase(processKey, planMetOn, Set.of(year), inReview, acceptance);
        }

        TermCase reviewing(int year) {
            return new TermCase(processKey, planMetOn, owed, Set.of(year), acceptance);
        }

        TermCase accepted(double score, LocalDate endedOn) {
            return new TermCase(processKey, planMetOn, owed, inReview, new Acceptance(score, endedOn));
        }
    }

    /** The PM-13 acceptance held after the term expired, materials handed over the same day. */
    record Acceptance(double score, LocalDate endedOn) {
    }

    /** A demo city or area: in the register when it holds or held a title; applicants are not. */
    record DemoHolder(String id, String name, HolderKind kind, String user, String stage, List<DemoTitle> titles,
            List<DemoBan> bans, List<Placing> lastThreeYears, DemoCase running) {

        boolean inRegister() {
            return !titles.isEmpty();
        }

        boolean isArea() {
            return kind.programme() == Programme.CA;
        }

        String province() {
            return id.substring(0, 2);
        }

        DemoTitle current() {
            return titles.get(titles.size() - 1);
        }

        /** The reports on record: every 31 January passed under a title, but those still owed or in review. */
        List<Report> reportsOnRecord(int lastReportYear) {
            Set<Integer> open = new TreeSet<>();
            if (running instanceof TermCase term) {
                open.addAll(term.owed());
                open.addAll(term.inReview());
            }
            List<Report> reports = new ArrayList<>();
            for (DemoTitle title : titles) {
                title.reportYears().stream().filter(year -> year <= lastReportYear && !open.contains(year))
                        .forEach(year -> reports.add(new Report(REPORT_RULE.get(title.title()), year)));
            }
            return reports;
        }

        /**
         * The assessments on record: the year before each report year of a pilot or fostering title (as
         * the processes ask them, PM-9), up to the year before the last report year; in {@link #ROUND_PROVINCE}
         * and {@link #RECORDED_ROUND_PROVINCE} that last year is left to the province's round, which the demo opens.
         */
        Map<Integer, Placing> assessments(int lastReportYear) {
            Map<Integer, Placing> byYear = plannedAssessments(lastReportYear);
            if (roundProvince()) {
                byYear.remove(lastReportYear - 1);
            }
            return byYear;
        }

        /** Every year's planned placing, the year left to the province's round too. */
        Map<Integer, Placing> plannedAssessments(int lastReportYear) {
            Map<Integer, Placing> byYear = new TreeMap<>();
            for (DemoTitle title : titles) {
                if (title.title() == Title.PILOT_CITY || title.title() == Title.DEMONSTRATION_FOSTERING) {
                    title.reportYears().stream().map(year -> year - 1).filter(year -> year < lastReportYear)
                            .forEach(year -> byYear.put(year, placing(lastReportYear - 1 - year)));
                }
            }
            return byYear;
        }

        private boolean roundProvince() {
            return province().equals(ROUND_PROVINCE) || province().equals(RECORDED_ROUND_PROVINCE);
        }

        /**
         * What the province enters for the city in its round of the last assessed year: the grade, and a score from its
         * planned place (rank 1 scores 96, each place below 4 less), from which the round computes the rank.
         */
        Map<String, Object> roundEntry() {
            Placing placing = placing(0);
            return Map.of(ProvincialAssessmentRoundProcess.Vars.ASSESSMENT_GRADE.name(), placing.grade().name(),
                    ProvincialAssessmentRoundProcess.Vars.ASSESSMENT_SCORE.name(), 100.0 - 4 * placing.rank());
        }

        /** The grade SIPO's examination (PM-23, I-8) gives a model city's year, on the scale of the assessments. */
        Grade examinationGrade(int year, int lastReportYear) {
            return placing(lastReportYear - 1 - year).grade();
        }

        /** The placing {@code yearsAgo} years before the last assessed year; older ones are average. */
        private Placing placing(int yearsAgo) {
            return yearsAgo < lastThreeYears.size() ? lastThreeYears.get(yearsAgo)
                    : new Placing(Grade.AVERAGE, (CATEGORY_SIZE.get(province()) + 1) / 2);
        }
    }

    record Report(String ruleId, int year) {
    }
}
