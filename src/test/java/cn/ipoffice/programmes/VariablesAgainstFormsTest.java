package cn.ipoffice.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.casework.CaseVariable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The typed variables the code declares hold the values the forms give them: a day is an ISO date field, a flag
 * a checkbox, an integer or decimal a number field, a text or a choice a text field, text area, select or radio.
 * So a variable read as a {@code LocalDate} can never meet a form that sends a number, and a form changed in the
 * Modeler without its variable (or the other way round) fails the build here, naming both.
 */
class VariablesAgainstFormsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TEXTS = Set.of("textfield", "textarea", "select", "radio");

    /** Every form field that sets a variable: its key, and where it is. */
    record FormField(String form, String key, String type, boolean isoDate) {
    }

    @Test
    void everyTypedVariableMatchesTheFormFieldsThatSetIt() throws Exception {
        Map<String, List<FormField>> fields = formFields();
        List<CaseVariable<?>> variables = declaredVariables();
        assertThat(variables).as("the process API classes' typed variables").hasSizeGreaterThan(60);
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (CaseVariable<?> variable : variables) {
            for (FormField field : fields.getOrDefault(variable.name(), List.of())) {
                checked++;
                if (!fits(variable.type(), field)) {
                    mismatches.add(variable.name() + " is read as " + variable.type().getSimpleName() + " but "
                            + field.form() + " sets it with a " + field.type() + (field.isoDate() ? " (ISO date)" : ""));
                }
            }
        }
        assertThat(checked).as("form fields checked against a typed variable").isGreaterThan(60);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void aDayAgainstANumberFieldIsFound() {
        CaseVariable<LocalDate> day = CaseVariable.day("reexaminedOn");
        assertThat(fits(day.type(), new FormField("reexamination.form", "reexaminedOn", "number", false))).isFalse();
        assertThat(fits(day.type(), new FormField("reexamination.form", "reexaminedOn", "textfield", true))).isTrue();
        assertThat(fits(day.type(), new FormField("reexamination.form", "reexaminedOn", "textfield", false))).isFalse();
    }

    private static boolean fits(Class<?> type, FormField field) {
        if (type == LocalDate.class) {
            return field.isoDate();
        }
        if (type == Boolean.class) {
            return field.type().equals("checkbox");
        }
        if (type == Integer.class || type == BigDecimal.class) {
            return field.type().equals("number");
        }
        if (type == String.class || type.isEnum()) {
            return TEXTS.contains(field.type()) && !field.isoDate();
        }
        return false;
    }

    private static Map<String, List<FormField>> formFields() throws IOException {
        Map<String, List<FormField>> fields = new HashMap<>();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
                collect(form.getFileName().toString(), JSON.readTree(form.toFile()).path("components"), fields);
            }
        }
        return fields;
    }

    private static void collect(String form, JsonNode components, Map<String, List<FormField>> fields) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                String key = component.get("key").asText();
                fields.computeIfAbsent(key, k -> new ArrayList<>()).add(new FormField(form, key,
                        component.path("type").asText(), component.path("properties").path("isoDate").asBoolean(false)));
            }
            collect(form, component.path("components"), fields);
        }
    }

    /** The typed variables of every process API class and of the variables every case carries. */
    private static List<CaseVariable<?>> declaredVariables() throws Exception {
        List<CaseVariable<?>> variables = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(p -> p.getFileName().toString().endsWith("Process.java")
                    || p.getFileName().toString().equals("CaseVariables.java")
                    || p.getFileName().toString().equals("OverduePattern.java")).toList();
        }
        for (Path source : sources) {
            String name = Path.of("src/main/java").relativize(source).toString().replace('/', '.').replace(".java", "");
            collect(Class.forName(name), variables);
        }
        return variables;
    }

    private static void collect(Class<?> type, List<CaseVariable<?>> variables) throws IllegalAccessException {
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && CaseVariable.class.isAssignableFrom(field.getType())) {
                field.setAccessible(true);
                variables.add((CaseVariable<?>) field.get(null));
            }
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            collect(nested, variables);
        }
    }
}
