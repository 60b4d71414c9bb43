package cn.ipoffice.programmes.modelcities.usecase;

import cn.ipoffice.programmes.modelcities.rules.ModelCityConditions;
import cn.ipoffice.programmes.modelcities.rules.NationalRank;
import cn.ipoffice.programmes.register.CityFigures;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.Grade;
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
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * The nine conditions of a model city (PM-18) on its application, with the bans of PM-27 and PM-29 and the title
 * it may already hold (I-15), and again
 * at its reexamination (PM-28): from the register wherever it holds the facts (the fostering stage, the
 * provinces' assessments, SIPO's figures of the previous year, the bans), and from what the city attests. Its bean
 * name ends in {@code UseCase}: the plain name is the delegate's, which the diagrams call.
 */
@Service("checkModelConditionsUseCase")
public class CheckModelConditions {

    /** What the city attests on its application or reexamination application, with its Appendix 2 scores. */
    public record Attestation(boolean ipInGovernmentAssessment, boolean amongBestNationally, boolean qualityOrientedFunding,
            boolean noMajorInfringement, BigDecimal objectiveStrength, BigDecimal weightedTotal) {
    }

    /** Whether every condition is met, and the numbered findings a reviewer reads. */
    public record Outcome(boolean met, String findings) {
    }

    private final Register register;

    public CheckModelConditions(Register register) {
        this.register = register;
    }

    /** PM-18 and the bans, on the day the application is checked. */
    public Outcome onApplication(String cityCode, Attestation attestation, LocalDate today) {
        List<Decision> decisions = new ArrayList<>();
        decisions.add(conditions(cityCode, attestation, today, false));
        decisions.add(ApplicationBan.decide(Title.MODEL_CITY.name(), today, register.bansOf(cityCode).stream()
                .map(b -> new ApplicationBan.BanPeriod(b.getTitleScope().name(), b.getFirstDay(), b.getLastDay(),
                        b.getRuleId(), b.getReason()))
                .toList()));
        decisions.add(TitleAlreadyHeld.decide("PM-20", "model-city", register.activeDesignation(cityCode, Title.MODEL_CITY)
                .map(d -> new TitleAlreadyHeld.HeldTerm(d.getRound(), d.getTermStart(), d.getTermEnd()))));
        return new Outcome(Findings.allMet(decisions), Findings.of(decisions));
    }

    /** PM-28: the conditions again at the end of a model term; the fostering stage no longer counts. */
    public Outcome onReexamination(String cityCode, Attestation attestation, LocalDate today) {
        List<Decision> decisions = List.of(conditions(cityCode, attestation, today, true));
        return new Outcome(Findings.allMet(decisions), Findings.of(decisions));
    }

    private Decision conditions(String cityCode, Attestation attestation, LocalDate today, boolean reexamination) {
        int previousYear = today.getYear() - 1;
        List<CityFigures> figures = register.figuresOf(previousYear);
        Optional<CityFigures> mine = figures.stream().filter(f -> f.getHolderId().equals(cityCode)).findFirst();
        return ModelCityConditions.decide(new ModelCityConditions.Facts(
                register.activeDesignation(cityCode, Title.DEMONSTRATION_FOSTERING).map(Designation::getTermStart)
                        .map(start -> firstFosteringDay(cityCode, start)).orElse(null),
                today, reexamination,
                attestation.ipInGovernmentAssessment(), attestation.amongBestNationally(),
                attestation.qualityOrientedFunding(), attestation.noMajorInfringement(),
                mine.map(m -> rank(m, figures, CityFigures::getEnforcementScore)).orElse(null),
                mine.map(m -> rank(m, figures, CityFigures::getPledgeFinancing)).orElse(null),
                (int) register.assessmentsOf(cityCode).stream()
                        .filter(a -> a.getYear() >= today.getYear() - 3 && a.getYear() <= previousYear)
                        .filter(a -> a.getGrade() == Grade.EXCELLENT).count(),
                attestation.objectiveStrength(), attestation.weightedTotal()));
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
