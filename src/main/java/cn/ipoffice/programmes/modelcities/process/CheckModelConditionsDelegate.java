package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseAdmission;
import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Apply;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Decide;
import cn.ipoffice.programmes.modelcities.rules.ModelCityConditions;
import cn.ipoffice.programmes.modelcities.rules.NationalRank;
import cn.ipoffice.programmes.pilotcities.rules.ApplicationBan;
import cn.ipoffice.programmes.register.CityFigures;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.Grade;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.rules.Decision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${checkModelConditions}} behind {@code Task_CheckModelConditions} (PM-18, bans of PM-27 and
 * PM-29) and {@code Task_RecheckModelConditions} (PM-28, input {@code reexamination = true}): the nine
 * conditions from the register wherever it has the data (fostering, assessments, SIPO's figures, bans)
 * and from the attested answers and scores. Writes {@code conditionsMet} and the numbered findings.
 */
@Component("checkModelConditions")
class CheckModelConditionsDelegate implements JavaDelegate {

    private final Register register;
    private final CaseAdmission admission;

    CheckModelConditionsDelegate(Register register, CaseAdmission admission) {
        this.register = register;
        this.admission = admission;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean reexamination = CaseFacts.flag(execution, "reexamination");
        String cityCode = reexamination ? CaseFacts.holderId(execution) : CaseFacts.text(execution, Apply.CITY_CODE);
        LocalDate today = CaseFacts.today();
        if (!reexamination) {
            execution.setProcessBusinessKey(cityCode);
            execution.setVariable(CaseVariables.HOLDER_ID, cityCode);
            execution.setVariable(CaseVariables.HOLDER_NAME, register.holder(cityCode).map(Holder::getName).orElse(cityCode));
            execution.setVariable(CaseVariables.SUPERVISOR_GROUP, "province-" + Holder.provinceOf(cityCode));
            admission.admit(execution);
            execution.setVariable(Decide.APPLICATION_YEAR, today.getYear());
        }
        int previousYear = today.getYear() - 1;
        List<CityFigures> figures = register.figuresOf(previousYear);
        Optional<CityFigures> mine = figures.stream().filter(f -> f.getHolderId().equals(cityCode)).findFirst();
        List<Decision> decisions = new ArrayList<>();
        decisions.add(ModelCityConditions.decide(new ModelCityConditions.Facts(
                register.activeDesignation(cityCode, Title.DEMONSTRATION_FOSTERING).map(Designation::getTermStart)
                        .map(start -> firstFosteringDay(cityCode, start)).orElse(null),
                today, reexamination,
                CaseFacts.flag(execution, Apply.IP_IN_GOVERNMENT_ASSESSMENT),
                CaseFacts.flag(execution, Apply.AMONG_BEST_NATIONALLY),
                CaseFacts.flag(execution, Apply.QUALITY_ORIENTED_FUNDING),
                CaseFacts.flag(execution, Apply.NO_MAJOR_INFRINGEMENT),
                mine.map(m -> rank(m, figures, CityFigures::getEnforcementScore)).orElse(null),
                mine.map(m -> rank(m, figures, CityFigures::getPledgeFinancing)).orElse(null),
                (int) register.assessmentsOf(cityCode).stream()
                        .filter(a -> a.getYear() >= today.getYear() - 3 && a.getYear() <= previousYear)
                        .filter(a -> a.getGrade() == Grade.EXCELLENT).count(),
                new BigDecimal(String.valueOf(execution.getVariable(Apply.OBJECTIVE_STRENGTH))),
                new BigDecimal(String.valueOf(execution.getVariable(Apply.WEIGHTED_TOTAL))))));
        if (!reexamination) {
            decisions.add(ApplicationBan.decide(Title.MODEL_CITY.name(), today, register.bansOf(cityCode).stream()
                    .map(b -> new ApplicationBan.BanPeriod(b.getTitleScope().name(), b.getFirstDay(), b.getLastDay(),
                            b.getRuleId(), b.getReason()))
                    .toList()));
        }
        List<String> lines = new ArrayList<>();
        decisions.forEach(d -> d.reasons().forEach(r -> lines.add((d.allowed() ? "Met - " : "NOT MET - ") + r)));
        execution.setVariable(Decide.CONDITIONS_MET, decisions.stream().allMatch(Decision::allowed));
        execution.setVariable(Decide.CONDITIONS_FINDINGS, String.join("\n", lines));
    }

    /** The first day of the fostering stage: the earliest of the fostering rounds that run on without a gap. */
    private LocalDate firstFosteringDay(String cityCode, LocalDate activeStart) {
        return register.designationsOf(cityCode).stream()
                .filter(d -> d.getTitle() == Title.DEMONSTRATION_FOSTERING)
                .map(Designation::getTermStart)
                .min(LocalDate::compareTo).orElse(activeStart);
    }

    private static NationalRank rank(CityFigures mine, List<CityFigures> all, Function<CityFigures, BigDecimal> figure) {
        return NationalRank.of(figure.apply(mine), all.stream().map(figure).toList());
    }
}
