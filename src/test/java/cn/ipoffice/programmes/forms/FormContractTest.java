package cn.ipoffice.programmes.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Server-side validation reads the rules from the Camunda Forms in forms/. */
class FormContractTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static FormContract form(String id) throws IOException {
        return FormContract.of(new ObjectMapper().readTree(Path.of("forms", id + ".form").toFile()));
    }

    @Test
    void aScoreOutside0To100IsRefusedNamingTheField() throws IOException {
        FormContract acceptance = form("pilot-acceptance");
        assertThat(acceptance.problems(Map.of("acceptanceScore", 101, "acceptanceEndedOn", "2026-11-01"), TODAY))
                .containsExactly("'Acceptance score (0 to 100)' (acceptanceScore) must be at most 100, got 101");
        assertThat(acceptance.problems(Map.of("acceptanceScore", -0.5, "acceptanceEndedOn", "2026-11-01"), TODAY))
                .singleElement().asString().contains("at least 0");
        assertThat(acceptance.problems(Map.of("acceptanceScore", 70.5, "acceptanceEndedOn", "2026-11-01"), TODAY)).isEmpty();
        assertThat(acceptance.problems(Map.of("acceptanceScore", "seventy", "acceptanceEndedOn", "2026-11-01"), TODAY))
                .singleElement().asString().contains("must be a number");
    }

    @Test
    void eachProblemNamesItsFieldByKeyIdAndLabel_andSaysWhatIsWrongInPlainWords() throws IOException {
        FormContract acceptance = form("pilot-acceptance");
        assertThat(acceptance.fieldProblems(Map.of("acceptanceScore", 101, "acceptanceEndedOn", "2026-11-09",
                "termEnd", "2026-11-10"), TODAY)).containsExactly(
                new FieldProblem("acceptanceScore", "Field_AcceptanceScore", "Acceptance score (0 to 100)",
                        "must be at most 100, got 101",
                        "'Acceptance score (0 to 100)' (acceptanceScore) must be at most 100, got 101"),
                new FieldProblem("acceptanceEndedOn", "Field_AcceptanceEndedOn", "Acceptance ended on",
                        "2026-11-09 is before the end of the term, 2026-11-10",
                        "'Acceptance ended on' (acceptanceEndedOn) 2026-11-09 is before the end of the term (termEnd) 2026-11-10"));
    }

    @Test
    void aMissingDateOrADateInTheFutureIsRefused() throws IOException {
        FormContract acceptance = form("pilot-acceptance");
        assertThat(acceptance.problems(Map.of("acceptanceScore", 65), TODAY))
                .containsExactly("'Acceptance ended on' (acceptanceEndedOn) is required");
        assertThat(acceptance.problems(Map.of("acceptanceScore", 65, "acceptanceEndedOn", "2026-11-22"), TODAY))
                .singleElement().asString().contains("may not lie in the future");
        assertThat(acceptance.problems(Map.of("acceptanceScore", 65, "acceptanceEndedOn", "2026-11-21"), TODAY)).isEmpty();
        assertThat(acceptance.problems(Map.of("acceptanceScore", 65, "acceptanceEndedOn", "21/11/2026"), TODAY))
                .singleElement().asString().contains("YYYY-MM-DD");
    }

    @Test
    void aDateMayNotPrecedeTheDateItIsCheckedAgainst_orBeBackDated() throws IOException {
        FormContract acceptance = form("pilot-acceptance");
        assertThat(acceptance.problems(Map.of("acceptanceScore", 65, "acceptanceEndedOn", "2026-11-09",
                "termEnd", "2026-11-10"), TODAY)).containsExactly("'Acceptance ended on' (acceptanceEndedOn) 2026-11-09 is"
                + " before the end of the term (termEnd) 2026-11-10");
        assertThat(acceptance.problems(Map.of("acceptanceScore", 65, "acceptanceEndedOn", "2026-11-10",
                "termEnd", "2026-11-10"), TODAY)).isEmpty();
        assertThat(acceptance.problems(Map.of("acceptanceScore", 65, "acceptanceEndedOn", "2026-11-09"), TODAY))
                .as("nothing to compare with").isEmpty();
        FormContract check = form("check-and-acceptance");
        Map<String, Object> unqualified = new HashMap<>(Map.of("checkResult", "UNQUALIFIED", "checkedOn", "2026-11-20",
                "checkRemarks", "Indicators reviewed", "rectificationDeadline", "2026-11-20"));
        assertThat(check.problems(unqualified, TODAY)).singleElement().asString()
                .contains("(rectificationDeadline) may not be back-dated: 2026-11-20 is before today, 2026-11-21");
        unqualified.put("rectificationDeadline", "2026-11-21");
        assertThat(check.problems(unqualified, TODAY)).isEmpty();
    }

    @Test
    void anEscalationsFollowUpLiesAfterToday_andAtMostSixMonthsAhead() throws IOException {
        FormContract escalation = form("overdue-escalation");
        Map<String, Object> action = new HashMap<>(Map.of("escalationAction", "REMINDER_SENT"));
        assertThat(escalation.problems(action, TODAY)).containsExactly("'Follow up on' (escalationFollowUpOn) is required");
        action.put("escalationFollowUpOn", "2026-11-21");
        assertThat(escalation.problems(action, TODAY))
                .containsExactly("'Follow up on' (escalationFollowUpOn) must lie after today, 2026-11-21: got 2026-11-21");
        action.put("escalationFollowUpOn", "2026-11-20");
        assertThat(escalation.problems(action, TODAY)).singleElement().asString().contains("must lie after today");
        action.put("escalationFollowUpOn", "2027-05-22");
        assertThat(escalation.problems(action, TODAY)).containsExactly("'Follow up on' (escalationFollowUpOn) may lie at"
                + " most 6 months ahead, until 2027-05-21: got 2027-05-22");
        action.put("escalationFollowUpOn", "2027-05-21");
        assertThat(escalation.problems(action, TODAY)).isEmpty();
        action.put("escalationFollowUpOn", "2026-11-22");
        assertThat(escalation.problems(action, TODAY)).isEmpty();
        action.put("escalationFollowUpOn", "22/11/2026");
        assertThat(escalation.problems(action, TODAY)).singleElement().asString().contains("YYYY-MM-DD");
    }

    @Test
    void aFieldCanBeRequiredWhenAnotherHasAValue() throws IOException {
        FormContract central = form("yearly-call-decision");
        assertThat(central.problems(Map.of("centralDecision", "APPROVE"), TODAY)).isEmpty();
        assertThat(central.problems(Map.of("centralDecision", "REJECT"), TODAY)).singleElement().asString()
                .contains("rejectionReason").contains("required when centralDecision=REJECT");
        assertThat(central.problems(Map.of("centralDecision", "MAYBE", "rejectionReason", "x"), TODAY))
                .singleElement().asString().contains("must be one of [APPROVE, REJECT]");
    }

    @Test
    void pm9_aScoreLiesFrom0To100_andAYearIsWhole() throws IOException {
        FormContract assessment = form("round-city-assessment");
        Map<String, Object> values = new HashMap<>(Map.of("assessmentGrade", "EXCELLENT", "assessmentScore", 100.5));
        assertThat(assessment.problems(values, TODAY)).singleElement().asString().contains("must be at most 100");
        values.put("assessmentScore", 100);
        assertThat(assessment.problems(values, TODAY)).isEmpty();
        FormContract round = form("assessment-round-start");
        assertThat(round.problems(Map.of("holderId", "32", "assessedYear", 2024.5), TODAY)).singleElement().asString()
                .contains("whole number");
        assertThat(round.problems(Map.of("holderId", "32", "assessedYear", 2024), TODAY)).isEmpty();
    }

    @Test
    void pm23_theExaminationTakesAGradeOfThePm9Scale_anIndex_andTargetsMetFrom0To100_withTwoDecimalsAtMost()
            throws IOException {
        FormContract examination = form("model-examination");
        Map<String, Object> values = new HashMap<>(Map.of("examinationGrade", "EXCELLENT", "patentStrengthIndex", 412.25,
                "targetsMetPercent", 100));
        assertThat(examination.problems(values, TODAY)).isEmpty();
        values.put("targetsMetPercent", 87.505);
        assertThat(examination.problems(values, TODAY)).singleElement().asString()
                .contains("(targetsMetPercent) may have at most 2 decimals, got 87.505");
        values.put("targetsMetPercent", -0.5);
        values.put("examinationGrade", "GOOD");
        assertThat(examination.problems(values, TODAY)).hasSize(2).anySatisfy(problem -> assertThat(problem)
                .contains("must be one of [AVERAGE, EXCELLENT, POOR]")).anySatisfy(problem -> assertThat(problem)
                .contains("(targetsMetPercent) must be at least 0, got -0.5"));
    }

    @Test
    void aRequiredCheckboxMustBeConfirmed_andTextHasItsPattern() throws IOException {
        assertThat(form("pilot-work-plan").problems(Map.of("planIssuedOn", "2026-01-05", "planReference", "Su Zheng 2026-1",
                "mechanismEstablished", false), TODAY)).singleElement().asString().contains("must be confirmed");
        FormContract start = form("pilot-city-application-start");
        Map<String, Object> application = new HashMap<>(Map.of("cityCode", "32020", "cityName", "Wuxi",
                "cityKind", "PREFECTURE_LEVEL_CITY",
                "featuredThemes", "Patent navigation for IoT", "workPlanReference", "Xi Zheng 2019-4"));
        assertThat(start.problems(application, TODAY)).singleElement().asString()
                .contains("cityCode").contains("expected form");
    }
}
