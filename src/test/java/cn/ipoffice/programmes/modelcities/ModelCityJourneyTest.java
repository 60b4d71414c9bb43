package cn.ipoffice.programmes.modelcities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.ipoffice.programmes.pilotcities.DemonstrationFosteringProcess;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.CaseTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

/**
 * A city's way through the model title, every fact entered as the offices enter it (the start and task forms, SIPO's
 * figures over the register's HTTP API; {@link ModelCityPath}): pilot city from 2015, graded by the province each year
 * (PM-9), accepted with 78 points, fostering from June 2018, model city in 2020; SIPO's yearly examinations (PM-23,
 * I-8) find it excellent twice in its first term, so the 2023 reexamination passes, and once in its second, so the
 * 2026 one fails: banned from the model title until 2028, while free to apply as a pilot city.
 */
class ModelCityJourneyTest extends CaseTest {

    private static final String SUZHOU = "320500";

    private ListAssert<Tuple> history() {
        return assertThat(register.designationsOf(SUZHOU).stream()
                .map(d -> tuple(d.getTitle(), d.getRound(), d.getStatus(), d.getTermStart(), d.getTermEnd())).toList());
    }

    @Test
    void pilot2015_fostering2018_model2020_passedReexamination2023_failed2026_bannedUntil2028() {
        ModelCityPath suzhou = new ModelCityPath(cases, SUZHOU, "Suzhou");
        suzhou.peersArePilotCities("2014-10-08");
        suzhou.pilotCity("2014-10-08", "2015-03-01");
        history().containsExactly(
                tuple(Title.PILOT_CITY, 1, DesignationStatus.ACTIVE, LocalDate.of(2015, 3, 1), LocalDate.of(2018, 2, 28)));
        suzhou.pilotWorkPlan("2015-03-18");
        suzhou.provinceAssesses(2016, "AVERAGE", "72");
        suzhou.provinceAssesses(2017, "EXCELLENT", "91");
        suzhou.provinceAssesses(2018, "EXCELLENT", "88");
        suzhou.accepted(78, "2018-04-20");
        suzhou.fosteringPlan("2018-06-01");
        history().containsExactly(
                tuple(Title.PILOT_CITY, 1, DesignationStatus.COMPLETED, LocalDate.of(2015, 3, 1), LocalDate.of(2018, 2, 28)),
                tuple(Title.DEMONSTRATION_FOSTERING, 1, DesignationStatus.ACTIVE, LocalDate.of(2018, 6, 1),
                        LocalDate.of(2021, 5, 31)));
        suzhou.provinceAssesses(2019, "EXCELLENT", "93");
        suzhou.provinceAssesses(2020, "AVERAGE", "75");

        // PM-18: excellent in 2017 (pilot) and 2018 (fostering) of 2017-2019; first of SIPO's 2019 figures.
        ModelCityPath.figures(2019, SUZHOU, "2020-02-03T10:00");
        suzhou.appliesAsModelCity("2020-02-10");
        suzhou.selected("2020-03-10");
        history().containsExactly(
                tuple(Title.PILOT_CITY, 1, DesignationStatus.COMPLETED, LocalDate.of(2015, 3, 1), LocalDate.of(2018, 2, 28)),
                tuple(Title.DEMONSTRATION_FOSTERING, 1, DesignationStatus.COMPLETED, LocalDate.of(2018, 6, 1),
                        LocalDate.of(2021, 5, 31)),
                tuple(Title.MODEL_CITY, 1, DesignationStatus.ACTIVE, LocalDate.of(2020, 3, 10), LocalDate.of(2023, 3, 9)));
        assertThat(cases.runningCount(DemonstrationFosteringProcess.KEY, SUZHOU)).isZero();
        suzhou.modelWorkPlan("2020-03-20");

        // PM-23, I-8: SIPO examines 2020, 2021 and 2022; excellent twice, so PM-18(vii) holds at the reexamination.
        suzhou.sipoExamines(2021, "EXCELLENT", 412.5, 95);
        suzhou.sipoExamines(2022, "AVERAGE", 398, 80);
        suzhou.sipoExamines(2023, "EXCELLENT", 430.25, 100);
        String recheck = suzhou.appliesForReexamination("2023-03-10T00:00", "2023-04-03");
        assertThat(recheck).startsWith("Met - PM-18: all nine conditions are met").contains(
                "Basis (PM-28(ii)) - 2020: SIPO's examination (PM-23): excellent, patent strength index 412.5,"
                        + " 95 % of the work plan's targets met",
                "Basis (PM-28(ii)) - 2021: SIPO's examination (PM-23): average, patent strength index 398,"
                        + " 80 % of the work plan's targets met",
                "Basis (PM-28(ii)) - 2022: SIPO's examination (PM-23): excellent, patent strength index 430.25,"
                        + " 100 % of the work plan's targets met");
        suzhou.reexamined("PASS", "2023-06-01");
        history().containsExactly(
                tuple(Title.PILOT_CITY, 1, DesignationStatus.COMPLETED, LocalDate.of(2015, 3, 1), LocalDate.of(2018, 2, 28)),
                tuple(Title.DEMONSTRATION_FOSTERING, 1, DesignationStatus.COMPLETED, LocalDate.of(2018, 6, 1),
                        LocalDate.of(2021, 5, 31)),
                tuple(Title.MODEL_CITY, 1, DesignationStatus.COMPLETED, LocalDate.of(2020, 3, 10), LocalDate.of(2023, 3, 9)),
                tuple(Title.MODEL_CITY, 2, DesignationStatus.ACTIVE, LocalDate.of(2023, 3, 10), LocalDate.of(2026, 3, 9)));

        // The second term: excellent once in 2023-2025, so the city no longer meets PM-18(vii) and cannot pass.
        suzhou.modelWorkPlan("2023-07-03");
        suzhou.sipoExamines(2024, "AVERAGE", 405, 85);
        suzhou.sipoExamines(2025, "POOR", 380, 60);
        suzhou.sipoExamines(2026, "EXCELLENT", 420, 90);
        recheck = suzhou.appliesForReexamination("2026-03-10T00:00", "2026-04-01");
        assertThat(recheck).contains("NOT MET - PM-18(vii): 1 excellent grade(s)",
                "Basis (PM-28(ii)) - 2024: SIPO's examination (PM-23): poor, patent strength index 380,"
                        + " 60 % of the work plan's targets met");
        assertThatThrownBy(() -> suzhou.reexamined("PASS", "2026-06-15"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("PM-28");
        suzhou.reexamined("FAIL", "2026-06-15");
        history().containsExactly(
                tuple(Title.PILOT_CITY, 1, DesignationStatus.COMPLETED, LocalDate.of(2015, 3, 1), LocalDate.of(2018, 2, 28)),
                tuple(Title.DEMONSTRATION_FOSTERING, 1, DesignationStatus.COMPLETED, LocalDate.of(2018, 6, 1),
                        LocalDate.of(2021, 5, 31)),
                tuple(Title.MODEL_CITY, 1, DesignationStatus.COMPLETED, LocalDate.of(2020, 3, 10), LocalDate.of(2023, 3, 9)),
                tuple(Title.MODEL_CITY, 2, DesignationStatus.WITHDRAWN, LocalDate.of(2023, 3, 10), LocalDate.of(2026, 3, 9)));
        assertThat(cases.runningCount(ModelCityTermProcess.KEY, SUZHOU)).isZero();

        JsonNode onRecord = suzhou.onRecord();
        assertThat(onRecord.get("examinations")).extracting(e -> tuple(e.get("year").asInt(), e.get("grade").asText(),
                e.get("patentStrengthIndex").decimalValue().stripTrailingZeros().toPlainString(),
                e.get("targetsMetPercent").decimalValue().stripTrailingZeros().toPlainString())).containsExactly(
                        tuple(2020, "EXCELLENT", "412.5", "95"), tuple(2021, "AVERAGE", "398", "80"),
                        tuple(2022, "EXCELLENT", "430.25", "100"), tuple(2023, "AVERAGE", "405", "85"),
                        tuple(2024, "POOR", "380", "60"), tuple(2025, "EXCELLENT", "420", "90"));
        assertThat(onRecord.get("assessments")).extracting(a -> tuple(a.get("year").asInt(), a.get("grade").asText()))
                .containsExactly(tuple(2015, "AVERAGE"), tuple(2016, "EXCELLENT"), tuple(2017, "EXCELLENT"),
                        tuple(2018, "EXCELLENT"), tuple(2019, "AVERAGE"));
        assertThat(onRecord.get("bans")).singleElement().satisfies(ban -> {
            assertThat(ban.get("titleScope").asText()).isEqualTo("MODEL_CITY");
            assertThat(ban.get("ruleId").asText()).isEqualTo("PM-29");
            assertThat(ban.get("until").asText()).isEqualTo("2028-06-14");
        });
        assertThat(register.banOn(SUZHOU, Title.MODEL_CITY, LocalDate.of(2028, 6, 14))).isPresent();
        assertThat(register.banOn(SUZHOU, Title.MODEL_CITY, LocalDate.of(2028, 6, 15))).isEmpty();
        // Bans are per title: the city may still apply as a pilot city.
        assertThat(register.banOn(SUZHOU, Title.PILOT_CITY, LocalDate.of(2026, 7, 1))).isEmpty();
    }
}
