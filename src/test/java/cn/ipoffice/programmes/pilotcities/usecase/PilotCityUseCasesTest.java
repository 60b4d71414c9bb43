package cn.ipoffice.programmes.pilotcities.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.pilotcities.rules.PilotConditions;
import cn.ipoffice.programmes.pilotcities.rules.PilotMaterials;
import cn.ipoffice.programmes.register.CityFigures;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/** What the pilot-city use cases add to their rules, without an engine; the process tests cover the flows. */
class PilotCityUseCasesTest {

    private static CityFigures figure(String city, int enforcementScore) {
        CityFigures figure = mock(CityFigures.class);
        when(figure.getHolderId()).thenReturn(city);
        when(figure.getEnforcementScore()).thenReturn(BigDecimal.valueOf(enforcementScore));
        return figure;
    }

    @Test
    void pm5_theReviewerReadsWhatIsNotMetFirst_pm5vRanksTheCityInItsProvinceBySipoFiguresOfTheYearBefore() {
        Register register = mock(Register.class);
        when(register.bansOf("320300")).thenReturn(List.of());
        List<CityFigures> figures = new ArrayList<>();
        for (int place = 1; place <= 11; place++) {
            figures.add(figure(place == 6 ? "320300" : "32" + (10 + place) + "00", 100 - place));
        }
        // A city of another province does not count in Jiangsu's ranking.
        figures.add(figure("330100", 99));
        when(register.figuresOf(2018)).thenReturn(figures);
        CheckPilotEligibility.Outcome outcome = new CheckPilotEligibility(register).check(
                new CheckPilotEligibility.Application("320300", HolderKind.PREFECTURE_LEVEL_CITY,
                        new PilotConditions.Attested(true, true, true, true)),
                LocalDate.of(2019, 3, 4));

        assertThat(outcome.eligible()).isFalse();
        assertThat(outcome.findings().split("\n")).satisfiesExactly(
                line -> assertThat(line).startsWith("NOT MET - PM-5(v)").contains("6 of 11"),
                line -> assertThat(line).startsWith("Met - PM-3"),
                line -> assertThat(line).startsWith("Met - No ban").endsWith("2019-03-04"),
                line -> assertThat(line).isEqualTo("Met - PM-7, I-15: does not hold the pilot-city title"));
    }

    @Test
    void pm6_aCompleteFilingMissesNothing_anIncompleteOneNamesEachMissingMaterial() {
        CheckPilotMaterials materials = new CheckPilotMaterials();
        assertThat(materials.check(new PilotMaterials.Filed(true, true, true, true, true)))
                .isEqualTo(new CheckPilotMaterials.Outcome(true, ""));
        CheckPilotMaterials.Outcome incomplete = materials.check(new PilotMaterials.Filed(true, false, true, false, true));
        assertThat(incomplete.complete()).isFalse();
        assertThat(incomplete.missing().split("\n")).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("application letter"))
                .anySatisfy(line -> assertThat(line).contains("basic status"));
    }

    @Test
    void aStepWritesTheRegisterUnderTheKeyOfItsRuleHolderAndCase() {
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getVariable(CaseVariables.HOLDER_ID.name())).thenReturn("320200");
        when(execution.getProcessInstanceId()).thenReturn("case-1");
        // The format of the keys already in registers: a changed format would write a repeated step twice.
        assertThat(CaseFacts.step(execution).key("PM-7")).isEqualTo("PM-7:320200:case-1");
    }
}
