package cn.ipoffice.programmes.pilotcities.usecase;

import cn.ipoffice.programmes.pilotcities.rules.PilotApplicantKind;
import cn.ipoffice.programmes.pilotcities.rules.PilotConditions;
import cn.ipoffice.programmes.pilotcities.rules.PilotConditions.EnforcementPlace;
import cn.ipoffice.programmes.register.CityFigures;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.rules.ApplicationBan;
import cn.ipoffice.programmes.rules.ApplicationBan.BanPeriod;
import cn.ipoffice.programmes.rules.Decision;
import cn.ipoffice.programmes.rules.Findings;
import cn.ipoffice.programmes.rules.SharedRank;
import cn.ipoffice.programmes.rules.TitleAlreadyHeld;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Whether a city may apply as a pilot city: its kind (PM-3), the five conditions (PM-5: (i) to (iv) as it attests
 * them, (v) from SIPO's enforcement evaluation figures of the year before the filing, ranked within the province)
 * and the bans on applying for the title (PM-14, PM-17, I-6), with the findings the provincial reviewer reads, unmet
 * ones first.
 */
@Service("checkPilotEligibilityUseCase")
public class CheckPilotEligibility {

    /** What the start form says of the city. */
    public record Application(String cityCode, HolderKind cityKind, PilotConditions.Attested attested) {
    }

    public record Outcome(boolean eligible, String findings) {
    }

    private final Register register;

    public CheckPilotEligibility(Register register) {
        this.register = register;
    }

    public Outcome check(Application application, LocalDate today) {
        List<Decision> decisions = List.of(
                PilotApplicantKind.decide(application.cityKind()),
                PilotConditions.decide(application.attested(), enforcementPlace(application.cityCode(), today)),
                ApplicationBan.decide(Title.PILOT_CITY.name(), today, bans(application.cityCode())),
                TitleAlreadyHeld.decide("PM-7", "pilot-city", held(application.cityCode(), Title.PILOT_CITY)));
        List<Decision> unmetFirst = decisions.stream().sorted(Comparator.comparing(Decision::allowed)).toList();
        return new Outcome(Findings.allMet(decisions), Findings.of(unmetFirst));
    }

    /**
     * PM-5(v): the city's place among the cities of its province by the enforcement evaluation scores SIPO recorded
     * for the year before the filing (I-13: equal scores share the better rank); no place where the city has none.
     */
    private EnforcementPlace enforcementPlace(String cityCode, LocalDate filedOn) {
        int year = filedOn.getYear() - 1;
        String province = Holder.provinceOf(cityCode);
        List<CityFigures> provincial = register.figuresOf(year).stream()
                .filter(f -> Holder.provinceOf(f.getHolderId()).equals(province)).toList();
        return new EnforcementPlace(cityCode, year, provincial.stream().filter(f -> f.getHolderId().equals(cityCode))
                .findFirst()
                .map(mine -> SharedRank.of(mine.getEnforcementScore(),
                        provincial.stream().map(CityFigures::getEnforcementScore).toList()))
                .orElse(null));
    }

    private Optional<TitleAlreadyHeld.HeldTerm> held(String cityCode, Title title) {
        return register.activeDesignation(cityCode, title)
                .map(d -> new TitleAlreadyHeld.HeldTerm(d.getRound(), d.getTermStart(), d.getTermEnd()));
    }

    private List<BanPeriod> bans(String cityCode) {
        return register.bansOf(cityCode).stream()
                .map(b -> new BanPeriod(b.getTitleScope().name(), b.getFirstDay(), b.getLastDay(), b.getRuleId(),
                        b.getReason()))
                .toList();
    }
}
