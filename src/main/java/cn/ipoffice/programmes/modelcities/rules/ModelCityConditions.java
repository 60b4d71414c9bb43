package cn.ipoffice.programmes.modelcities.rules;

import cn.ipoffice.programmes.rules.Decision;
import cn.ipoffice.programmes.rules.TopShare;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * PM-18: the nine conditions for a model city, each failed one reported with its number and reason.
 * (i) at least 1 year in fostering; (iv) and (vi) the previous year's enforcement evaluation and patent
 * pledge financing in the top 30% of pilot cities (I-7); (vii) "excellent" at least twice in the last
 * three years' grades, the provinces' assessments of a pilot or fostering year and SIPO's examinations of a model
 * year alike (I-8); (ix) objective strength at least 60 and weighted total at least 80;
 * (ii), (iii), (v) and (viii) as attested. At reexamination (PM-28) condition (i) looks back: the city
 * has been through fostering. On an application the scores of (ix) are not known yet: the provincial office gives
 * them after this check (PM-19(ii)) and {@link IndicatorScores} decides (ix) on them.
 */
public final class ModelCityConditions {

    public static final String RULE = "PM-18";

    /**
     * The facts the check needs, from the register and from the application. {@code enforcement} and
     * {@code pledgeFinancing} are null where SIPO recorded no figure of the city for {@code figuresYear};
     * {@code scores} is null on an application, whose scores the provincial office gives later.
     */
    public record Facts(String cityCode, LocalDate fosteringSince, LocalDate appliedOn, boolean reexamination,
            boolean ipInGovernmentAssessment, boolean amongBestNationally, boolean qualityOrientedFunding,
            boolean noMajorInfringement, int figuresYear, NationalRank enforcement, NationalRank pledgeFinancing,
            int excellentInLastThree, IndicatorScores scores) {
    }

    private ModelCityConditions() {
    }

    public static Decision decide(Facts f) {
        List<String> failed = new ArrayList<>();
        if (!f.reexamination()) {
            if (f.fosteringSince() == null) {
                failed.add("PM-18(i): the city is not in the demonstration fostering stage");
            } else if (f.fosteringSince().plusYears(1).isAfter(f.appliedOn())) {
                failed.add("PM-18(i): in fostering since " + f.fosteringSince() + ", less than 1 year on " + f.appliedOn());
            }
        }
        if (!f.ipInGovernmentAssessment()) {
            failed.add("PM-18(ii): IP work is not in the assessment of district and county governments");
        }
        if (!f.amongBestNationally()) {
            failed.add("PM-18(iii): IP management capability and work conditions are not among the best nationally");
        }
        topThirty("PM-18(iv)", "enforcement evaluation", f, f.enforcement(), failed);
        if (!f.qualityOrientedFunding()) {
            failed.add("PM-18(v): no quality-oriented patent funding with significant results");
        }
        topThirty("PM-18(vi)", "patent pledge financing", f, f.pledgeFinancing(), failed);
        if (f.excellentInLastThree() < 2) {
            failed.add("PM-18(vii): " + f.excellentInLastThree() + " excellent grade(s) in the annual assessments and"
                    + " SIPO's examinations of the last 3 years (I-8); at least 2 are required");
        }
        if (!f.noMajorInfringement()) {
            failed.add("PM-18(viii): major, repeated or malicious infringement or mass abnormal applications in the last 2 years");
        }
        if (f.scores() != null) {
            failed.addAll(f.scores().shortfalls());
        }
        if (!failed.isEmpty()) {
            return Decision.refuse(RULE, failed);
        }
        return f.scores() == null
                ? Decision.allow(RULE, "PM-18: conditions (i) to (viii) are met; (ix) follows on the provincial office's"
                        + " scores (PM-19(ii))")
                : Decision.allow(RULE, "PM-18: all nine conditions are met (weighted total "
                        + IndicatorScores.plain(f.scores().weightedTotal()) + ")");
    }

    private static void topThirty(String condition, String what, Facts f, NationalRank rank, List<String> failed) {
        if (rank == null) {
            failed.add(condition + ": SIPO has recorded no " + what + " figure of " + f.cityCode() + " for "
                    + f.figuresYear() + ", the year before the application");
        } else if (!TopShare.within(rank.rank(), rank.ranked(), 30)) {
            failed.add(condition + ": " + what + " ranks " + rank.rank() + " of " + rank.ranked()
                    + " pilot cities, outside the top 30%");
        }
    }
}
