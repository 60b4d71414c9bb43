package cn.ipoffice.programmes.modelcities.usecase;

import cn.ipoffice.programmes.modelcities.rules.IndicatorScores;
import cn.ipoffice.programmes.modelcities.rules.ModelCityConditions;
import cn.ipoffice.programmes.modelcities.rules.NationalRank;
import cn.ipoffice.programmes.register.CityFigures;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.Grade;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.rules.ApplicationBan;
import cn.ipoffice.programmes.rules.Decision;
import cn.ipoffice.programmes.rules.Findings;
import cn.ipoffice.programmes.rules.TitleAlreadyHeld;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The conditions of a model city (PM-18) on its application, (i) to (viii) with the bans of PM-27 and PM-29 and the
 * title it may already hold (I-15) (the provincial office's scores decide (ix) after it, {@link ScoreModelCandidate}),
 * and all nine again
 * at its reexamination (PM-28): from the register wherever it holds the facts (the fostering stage, the
 * provinces' assessments and SIPO's yearly examinations (I-8), SIPO's figures of the year before the application, the
 * bans), and from what the city attests. Its bean
 * name ends in {@code UseCase}: the plain name is the delegate's, which the diagrams call.
 */
@Service("checkModelConditionsUseCase")
public class CheckModelConditions {

    /** What the city attests on its application or reexamination application: conditions (ii), (iii), (v), (viii). */
    public record Attestation(boolean ipInGovernmentAssessment, boolean amongBestNationally, boolean qualityOrientedFunding,
            boolean noMajorInfringement) {
    }

    /** Whether every condition is met, and the numbered findings a reviewer reads. */
    public record Outcome(boolean met, String findings) {
    }

    /** The prefix of a line of the reexamination's bases (PM-28(ii)), below the findings of PM-18. */
    public static final String BASIS = "Basis (PM-28(ii)) - ";

    private final Register register;

    public CheckModelConditions(Register register) {
        this.register = register;
    }

    /** PM-18 (i) to (viii) and the bans, on the day the application is filed. */
    public Outcome onApplication(String cityCode, Attestation attestation, LocalDate today) {
        List<Decision> decisions = new ArrayList<>();
        decisions.add(conditions(cityCode, attestation, null, today, false, lastThreeYears(cityCode, today)));
        decisions.add(ApplicationBan.decide(Title.MODEL_CITY.name(), today, register.bansOf(cityCode).stream()
                .map(b -> new ApplicationBan.BanPeriod(b.getTitleScope().name(), b.getFirstDay(), b.getLastDay(),
                        b.getRuleId(), b.getReason()))
                .toList()));
        decisions.add(TitleAlreadyHeld.decide("PM-20", "model-city", register.activeDesignation(cityCode, Title.MODEL_CITY)
                .map(d -> new TitleAlreadyHeld.HeldTerm(d.getRound(), d.getTermStart(), d.getTermEnd()))));
        return new Outcome(Findings.allMet(decisions), Findings.of(decisions));
    }

    /**
     * PM-28: the conditions again at the end of a model term; the fostering stage no longer counts. Below the findings
     * come the main bases of PM-28(ii), one line for each of the last three years: SIPO's examination (grade, patent
     * strength index, targets met), a provincial assessment, or that the register holds neither. The scores of (ix)
     * come with the city's reexamination application.
     */
    public Outcome onReexamination(String cityCode, Attestation attestation, IndicatorScores scores, LocalDate today) {
        Map<Integer, YearOnRecord> years = lastThreeYears(cityCode, today);
        List<Decision> decisions = List.of(conditions(cityCode, attestation, scores, today, true, years));
        return new Outcome(Findings.allMet(decisions), Findings.of(decisions) + "\n" + bases(years, today));
    }

    private Decision conditions(String cityCode, Attestation attestation, IndicatorScores scores, LocalDate today,
            boolean reexamination, Map<Integer, YearOnRecord> lastThreeYears) {
        int previousYear = today.getYear() - 1;
        List<CityFigures> figures = pilotCitiesFigures(previousYear);
        Optional<CityFigures> mine = figures.stream().filter(f -> f.getHolderId().equals(cityCode)).findFirst();
        return ModelCityConditions.decide(new ModelCityConditions.Facts(cityCode,
                register.activeDesignation(cityCode, Title.DEMONSTRATION_FOSTERING).map(Designation::getTermStart)
                        .map(start -> firstFosteringDay(cityCode, start)).orElse(null),
                today, reexamination,
                attestation.ipInGovernmentAssessment(), attestation.amongBestNationally(),
                attestation.qualityOrientedFunding(), attestation.noMajorInfringement(), previousYear,
                mine.map(m -> rank(m, figures, CityFigures::getEnforcementScore)).orElse(null),
                mine.map(m -> rank(m, figures, CityFigures::getPledgeFinancing)).orElse(null),
                (int) lastThreeYears.values().stream().filter(y -> y.grade() == Grade.EXCELLENT).count(), scores));
    }

    /**
     * PM-18(iv), (vi) rank a candidate "among the pilot cities": SIPO's figures of the cities the register holds (a city
     * enters it with its pilot title), not of every city SIPO evaluated for a first application (PM-5(v)).
     */
    private List<CityFigures> pilotCitiesFigures(int year) {
        Set<String> held = register.allHolders().stream().map(Holder::getId).collect(Collectors.toSet());
        return register.figuresOf(year).stream().filter(f -> held.contains(f.getHolderId())).toList();
    }

    /** A year's grade (PM-18(vii)) and how the register came by it (PM-28(ii)). */
    private record YearOnRecord(Grade grade, String basis) {
    }

    /**
     * PM-18(vii), I-8: one grade for each of the last three years that has one: SIPO's yearly examination (PM-23) of a
     * year the city was a model city, else the province's assessment (PM-9) of a pilot or fostering year.
     */
    private Map<Integer, YearOnRecord> lastThreeYears(String cityCode, LocalDate today) {
        Map<Integer, YearOnRecord> byYear = new TreeMap<>();
        register.assessmentsOf(cityCode).stream().filter(a -> inLastThreeYears(a.getYear(), today))
                .forEach(a -> byYear.put(a.getYear(), new YearOnRecord(a.getGrade(), "the province's assessment (PM-9): "
                        + grade(a.getGrade()) + ", rank " + a.getRank() + " of " + a.getCategorySize())));
        register.examinationsOf(cityCode).stream().filter(e -> inLastThreeYears(e.getYear(), today))
                .forEach(e -> byYear.put(e.getYear(), new YearOnRecord(e.getGrade(), "SIPO's examination (PM-23): "
                        + grade(e.getGrade()) + ", patent strength index " + plain(e.getPatentStrengthIndex()) + ", "
                        + plain(e.getTargetsMetPercent()) + " % of the work plan's targets met")));
        return byYear;
    }

    private static boolean inLastThreeYears(int year, LocalDate today) {
        return year >= today.getYear() - 3 && year < today.getYear();
    }

    /** PM-28(ii): one line for each of the last three years, as SIPO weighs them. */
    private static String bases(Map<Integer, YearOnRecord> lastThreeYears, LocalDate today) {
        List<String> lines = new ArrayList<>();
        for (int year = today.getYear() - 3; year < today.getYear(); year++) {
            YearOnRecord onRecord = lastThreeYears.get(year);
            lines.add(BASIS + year + ": " + (onRecord == null
                    ? "no examination by SIPO or assessment by the province on record" : onRecord.basis()));
        }
        return String.join("\n", lines);
    }

    private static String grade(Grade grade) {
        return grade.name().toLowerCase(Locale.ROOT);
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /**
     * The first day of the current, unbroken stay in fostering (I-11): the active round's first day, or that of the
     * round before it where that round ended the day before, and so on; a stay that ended earlier does not count.
     */
    private LocalDate firstFosteringDay(String cityCode, LocalDate activeStart) {
        List<Designation> rounds = register.designationsOf(cityCode).stream()
                .filter(d -> d.getTitle() == Title.DEMONSTRATION_FOSTERING).toList();
        LocalDate since = activeStart;
        boolean extended = true;
        while (extended) {
            LocalDate current = since;
            Optional<Designation> before = rounds.stream()
                    .filter(d -> d.getTermEnd() != null && d.getTermEnd().plusDays(1).equals(current)).findFirst();
            extended = before.isPresent();
            if (extended) {
                since = before.get().getTermStart();
            }
        }
        return since;
    }

    private static NationalRank rank(CityFigures mine, List<CityFigures> all, Function<CityFigures, BigDecimal> figure) {
        return NationalRank.of(figure.apply(mine), all.stream().map(figure).toList());
    }
}
