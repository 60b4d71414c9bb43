package cn.ipoffice.programmes.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dates are typed YYYY-MM-DD into text fields marked {@code isoDate}: the server reads them as real
 * days and refuses anything else, and no form uses Tasklist's date picker, which reads typed dates as
 * mm/dd/yyyy.
 */
class IsoDateFormFieldTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> workPlanProblems(String planIssuedOn) throws IOException {
        FormContract workPlan = FormContract.of(JSON.readTree(Path.of("forms", "pilot-work-plan.form").toFile()));
        Map<String, Object> values = new HashMap<>(Map.of("planReference", "Nan Zheng 2026-8",
                "mechanismEstablished", true));
        values.put("planIssuedOn", planIssuedOn);
        return workPlan.problems(values, TODAY);
    }

    @Test
    void aRealDayWrittenYyyyMmDdIsAccepted() throws IOException {
        assertThat(workPlanProblems("2026-12-05")).isEmpty();
        assertThat(workPlanProblems("2026-12-07")).as("today").isEmpty();
    }

    @Test
    void aDateWrittenMmDdYyyyIsRefusedNamingTheField() throws IOException {
        assertThat(workPlanProblems("12/05/2026")).containsExactly(
                "'Work plan issued on' (planIssuedOn) must be a date written YYYY-MM-DD, got '12/05/2026'");
    }

    @Test
    void aDayTheCalendarDoesNotHaveIsRefused() throws IOException {
        assertThat(workPlanProblems("2026-02-30")).singleElement().asString()
                .contains("planIssuedOn").contains("is not a day of the calendar").contains("2026-02-30");
        assertThat(workPlanProblems("2026-02-29")).as("2026 is no leap year").singleElement().asString()
                .contains("planIssuedOn");
    }

    @Test
    void aFutureDateIsRefusedUnderNotAfterToday() throws IOException {
        assertThat(workPlanProblems("2026-12-08")).containsExactly(
                "'Work plan issued on' (planIssuedOn) may not lie in the future: 2026-12-08 is after today, 2026-12-07");
    }

    @Test
    void aMissingRequiredDateIsRefused() throws IOException {
        assertThat(workPlanProblems("")).containsExactly("'Work plan issued on' (planIssuedOn) is required");
    }

    @Test
    void noFormUsesTheDatePicker_andEveryIsoDateFieldRefusesOtherInputOnTheForm() throws IOException {
        List<String> problems = new ArrayList<>();
        int dateFields = 0;
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
                for (JsonNode field : components(JSON.readTree(file.toFile()))) {
                    String where = file.getFileName() + " " + field.path("key").asText();
                    if (field.path("type").asText().equals("datetime")) {
                        problems.add(where + ": a date picker (reads typed dates as mm/dd/yyyy); use a text field with isoDate");
                    }
                    if (field.path("properties").path(FormContract.ISO_DATE).asText().equals("true")) {
                        dateFields++;
                        if (!field.path("type").asText().equals("textfield")
                                || !refusesAllButYyyyMmDd(field.path("validate").path("pattern").asText())
                                || !field.path("description").asText().contains("YYYY-MM-DD")) {
                            problems.add(where + ": an isoDate field needs a text field, a YYYY-MM-DD pattern and description");
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(dateFields).as("date fields in forms/").isGreaterThanOrEqualTo(21);
    }

    /** The form tests its pattern as JavaScript's {@code RegExp.test} does: found anywhere in the input. */
    private static boolean refusesAllButYyyyMmDd(String pattern) {
        Pattern regex = Pattern.compile(pattern);
        return regex.matcher("2026-12-05").find() && Stream.of("12/05/2026", "05.12.2026", "2026-12-5", "2026-13-05",
                "2026-12-32", "2026-12-051", " 2026-12-05", "20261205").noneMatch(text -> regex.matcher(text).find());
    }

    private static List<JsonNode> components(JsonNode parent) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode component : parent.path("components")) {
            all.add(component);
            all.addAll(components(component));
        }
        return all;
    }
}
