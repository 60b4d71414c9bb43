package cn.ipoffice.programmes.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * What a Camunda Form promises about the variables it submits, read from the form itself: required
 * fields, number ranges and decimal digits (none: a whole number), text lengths and patterns, the allowed
 * values of selects and radios, dates as YYYY-MM-DD, the custom property {@code notAfterToday} for dates that must
 * lie in the past, {@code notBeforeToday} for dates (deadlines) that may not be back-dated, {@code afterToday} and
 * {@code atMostMonthsAhead} for a day to come back to a case (a follow-up), and {@code notBefore}
 * for a date that may not precede another date of the case or of the form. The server holds every submission to it, whichever client sent it.
 */
public final class FormContract {

    /** The custom property (Camunda Modeler: Custom properties) for a date that may not lie in the future. */
    public static final String NOT_AFTER_TODAY = "notAfterToday";
    /**
     * The custom property for a text field that holds a date typed YYYY-MM-DD, checked as a date: Tasklist's
     * date picker reads typed dates in the browser's locale (mm/dd/yyyy) and turns 2026-12-05 into another day.
     */
    public static final String ISO_DATE = "isoDate";

    /** Custom property {@code requiredWhen = otherField=VALUE}: required when another field has that value. */
    public static final String REQUIRED_WHEN = "requiredWhen";
    /** The custom property for a date (a deadline an office sets) that may not lie before the day it is entered. */
    public static final String NOT_BEFORE_TODAY = "notBeforeToday";
    /**
     * Custom property {@code notBefore = otherKey}: a date on or after the date held by the case variable or the
     * field of the same form named; not checked while that date is missing (its own field says so).
     */
    public static final String NOT_BEFORE = "notBefore";
    /** Custom property naming, for the refusal, what the date of {@link #NOT_BEFORE} is: "the end of the term". */
    public static final String NOT_BEFORE_LABEL = "notBeforeLabel";
    /** The custom property for a date that must lie after the day it is entered (a follow-up: not today, not before). */
    public static final String AFTER_TODAY = "afterToday";
    /** Custom property {@code atMostMonthsAhead = N}: a date no later than the same day N months after today. */
    public static final String AT_MOST_MONTHS_AHEAD = "atMostMonthsAhead";

    record Field(String key, String id, String label, String type, boolean required, BigDecimal min, BigDecimal max,
            Integer minLength, Integer maxLength, Pattern pattern, Set<String> values, Integer decimalDigits,
            boolean notAfterToday, String requiredWhen, boolean notBeforeToday, String notBefore,
            String notBeforeLabel, boolean afterToday, Integer atMostMonthsAhead) {

        boolean requiredGiven(Map<String, Object> values) {
            if (required) {
                return true;
            }
            if (requiredWhen == null || !requiredWhen.contains("=")) {
                return false;
            }
            String[] condition = requiredWhen.split("=", 2);
            return condition[1].trim().equals(String.valueOf(values.get(condition[0].trim())));
        }
    }

    private final String formId;
    private final List<Field> fields;
    /** Every key the form carries, read-only and disabled fields included: what it may submit. */
    private final Set<String> keys;
    /** The keys the form shows read-only or disabled: submitted back, they must keep the case's value. */
    private final Set<String> readOnlyKeys;

    /** A day as the forms write it, and nothing around it: 2026-12-05. */
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The longest text a field takes where the form sets no limit: the engine's text column. */
    static final int LONGEST_TEXT = 4000;

    private FormContract(String formId, List<Field> fields, Set<String> keys, Set<String> readOnlyKeys) {
        this.formId = formId;
        this.fields = fields;
        this.keys = keys;
        this.readOnlyKeys = readOnlyKeys;
    }

    public String formId() {
        return formId;
    }

    public static FormContract of(JsonNode form) {
        List<Field> fields = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Set<String> readOnlyKeys = new HashSet<>();
        collect(form.path("components"), fields, keys, readOnlyKeys);
        return new FormContract(form.path("id").asText(), List.copyOf(fields), Set.copyOf(keys), Set.copyOf(readOnlyKeys));
    }

    private static void collect(JsonNode components, List<Field> fields, Set<String> keys, Set<String> readOnlyKeys) {
        for (JsonNode component : components) {
            collect(component.path("components"), fields, keys, readOnlyKeys);
            String key = component.path("key").asText(null);
            if (key != null) {
                keys.add(key);
            }
            if (key != null && (component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false))) {
                readOnlyKeys.add(key);
            }
            if (key == null || readOnlyKeys.contains(key)) {
                continue;
            }
            JsonNode validate = component.path("validate");
            String label = component.path("label").asText(component.path("dateLabel").asText(key));
            boolean isoDate = component.path("properties").path(ISO_DATE).asText("false").equals("true");
            fields.add(new Field(key, component.path("id").asText(key), label, isoDate ? "datetime" : component.path("type").asText(),
                    validate.path("required").asBoolean(false),
                    decimal(validate.get("min")), decimal(validate.get("max")),
                    integer(validate.get("minLength")), integer(validate.get("maxLength")),
                    validate.hasNonNull("pattern") ? Pattern.compile(validate.get("pattern").asText()) : null,
                    StreamSupport.stream(component.path("values").spliterator(), false)
                            .map(v -> v.path("value").asText()).collect(Collectors.toUnmodifiableSet()),
                    component.path("decimalDigits").isInt() ? component.path("decimalDigits").asInt() : null,
                    component.path("properties").path(NOT_AFTER_TODAY).asText("false").equals("true"),
                    component.path("properties").path(REQUIRED_WHEN).asText(null),
                    component.path("properties").path(NOT_BEFORE_TODAY).asText("false").equals("true"),
                    component.path("properties").path(NOT_BEFORE).asText(null),
                    component.path("properties").path(NOT_BEFORE_LABEL).asText(null),
                    component.path("properties").path(AFTER_TODAY).asText("false").equals("true"),
                    integer(component.path("properties").get(AT_MOST_MONTHS_AHEAD))));
        }
    }

    /** The problems with the submitted values, each naming its field; empty when the submission is valid. */
    public List<String> problems(Map<String, Object> values, LocalDate today) {
        return fieldProblems(values, today).stream().map(FieldProblem::message).toList();
    }

    /** The problems with the submitted values, each with its field; empty when the submission is valid. */
    public List<FieldProblem> fieldProblems(Map<String, Object> values, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Field field : fields) {
            Object value = values.get(field.key());
            if (isBlank(value)) {
                if (field.requiredGiven(values)) {
                    problems.add(problem(field, "is required" + (field.required() ? "" : " when " + field.requiredWhen())));
                }
                continue;
            }
            switch (field.type()) {
                case "number" -> checkNumber(field, value, problems);
                case "datetime" -> checkDate(field, value, values, today, problems);
                case "checkbox" -> {
                    if (!(value instanceof Boolean checked)) {
                        problems.add(problem(field, "must be true or false, got " + describe(value)));
                    } else if (field.required() && !checked) {
                        problems.add(problem(field, "must be confirmed"));
                    }
                }
                case "select", "radio" -> {
                    if (!(value instanceof String)) {
                        problems.add(problem(field, "must be one of " + field.values().stream().sorted().toList()
                                + ", got " + describe(value)));
                    } else if (!field.values().isEmpty() && !field.values().contains(String.valueOf(value))) {
                        problems.add(problem(field, "must be one of " + field.values().stream().sorted().toList()
                                + ", got '" + value + "'"));
                    }
                }
                default -> checkText(field, value, problems);
            }
        }
        return problems;
    }

    private static FieldProblem problem(Field field, String problem) {
        return FieldProblem.of(field.key(), field.id(), field.label(), problem);
    }

    /** The submitted names the form has no field for, each as a problem naming it; empty when there are none. */
    public List<String> undeclared(Set<String> submitted) {
        return submitted.stream().filter(name -> !keys.contains(name)).sorted()
                .map(name -> "'" + name + "' is not a field of the form '" + formId + "' and may not be submitted with it")
                .toList();
    }

    /**
     * The submitted read-only fields whose value differs from the case's before the submission, each as a
     * problem naming it; a form that sends a read-only field back unchanged (as Tasklist does) is accepted.
     */
    public List<String> changedReadOnly(Set<String> submitted, Map<String, Object> before, Map<String, Object> after) {
        return submitted.stream().filter(readOnlyKeys::contains)
                .filter(key -> !sameValue(before.get(key), after.get(key))).sorted()
                .map(key -> "'" + key + "' is read-only on the form '" + formId + "' and may not be changed")
                .toList();
    }

    private static boolean sameValue(Object before, Object after) {
        if (isBlank(before) || isBlank(after)) {
            return isBlank(before) && isBlank(after);
        }
        if (before instanceof Number a && after instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        return before.getClass() == after.getClass() && before.equals(after);
    }

    private static void checkNumber(Field field, Object value, List<FieldProblem> problems) {
        // A number typed as text ("75") would be stored as text, and every later step that reads it would fail.
        if (!(value instanceof Number submitted)) {
            problems.add(problem(field, "must be a number, got " + describe(value)));
            return;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(submitted.toString());
        } catch (NumberFormatException e) {
            problems.add(problem(field, "must be a finite number, got " + submitted));
            return;
        }
        if (field.decimalDigits() != null && number.stripTrailingZeros().scale() > field.decimalDigits()) {
            problems.add(problem(field, (field.decimalDigits() == 0 ? "must be a whole number"
                    : "may have at most " + field.decimalDigits() + " decimals") + ", got " + number.toPlainString()));
        }
        if (field.min() != null && number.compareTo(field.min()) < 0) {
            problems.add(problem(field, "must be at least " + field.min().toPlainString() + ", got " + number.toPlainString()));
        }
        if (field.max() != null && number.compareTo(field.max()) > 0) {
            problems.add(problem(field, "must be at most " + field.max().toPlainString() + ", got " + number.toPlainString()));
        }
    }

    private void checkDate(Field field, Object value, Map<String, Object> values, LocalDate today,
            List<FieldProblem> problems) {
        if (!(value instanceof String)) {
            problems.add(problem(field, "must be a date written YYYY-MM-DD, got " + describe(value)));
            return;
        }
        String text = (String) value;
        if (!ISO_DAY.matcher(text).matches()) {
            problems.add(problem(field, "must be a date written YYYY-MM-DD, got '" + text + "'"));
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(problem(field, "is not a day of the calendar: '" + text + "'"));
            return;
        }
        if (field.notAfterToday() && date.isAfter(today)) {
            problems.add(problem(field, "may not lie in the future: " + date + " is after today, " + today));
        }
        if (field.notBeforeToday() && date.isBefore(today)) {
            problems.add(problem(field, "may not be back-dated: " + date + " is before today, " + today));
        }
        if (field.afterToday() && !date.isAfter(today)) {
            problems.add(problem(field, "must lie after today, " + today + ": got " + date));
        }
        if (field.atMostMonthsAhead() != null && date.isAfter(today.plusMonths(field.atMostMonthsAhead()))) {
            problems.add(problem(field, "may lie at most " + field.atMostMonthsAhead() + " months ahead, until "
                    + today.plusMonths(field.atMostMonthsAhead()) + ": got " + date));
        }
        if (field.notBefore() != null) {
            LocalDate earliest = day(values.get(field.notBefore()));
            if (earliest != null && date.isBefore(earliest)) {
                String problem = date + " is before " + describeOther(field);
                problems.add(new FieldProblem(field.key(), field.id(), field.label(), problem + ", " + earliest,
                        FieldProblem.of(field.key(), field.id(), field.label(), problem).message() + " ("
                                + field.notBefore() + ") " + earliest));
            }
        }
    }

    /** What the date a field may not precede is: its label given on the form, the other field's label, or its key. */
    private String describeOther(Field field) {
        if (field.notBeforeLabel() != null && !field.notBeforeLabel().isBlank()) {
            return field.notBeforeLabel();
        }
        return fields.stream().filter(other -> other.key().equals(field.notBefore())).findFirst()
                .map(other -> "'" + other.label() + "'").orElse("the date");
    }

    /** A day held by the case or submitted with the form (YYYY-MM-DD, or a LocalDate); null when there is none. */
    private static LocalDate day(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof String text && ISO_DAY.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static void checkText(Field field, Object value, List<FieldProblem> problems) {
        if (!(value instanceof String text)) {
            problems.add(problem(field, "must be text, got " + describe(value)));
            return;
        }
        if (field.minLength() != null && text.trim().length() < field.minLength()) {
            problems.add(problem(field, "needs at least " + field.minLength() + " characters, got " + text.trim().length()));
        }
        int longest = field.maxLength() != null ? Math.min(field.maxLength(), LONGEST_TEXT) : LONGEST_TEXT;
        if (text.length() > longest) {
            problems.add(problem(field, "may have at most " + longest + " characters, got " + text.length()));
        }
        if (field.pattern() != null && !field.pattern().matcher(text).matches()) {
            problems.add(problem(field, "does not have the expected form: '" + text + "'"));
        }
    }

    /** What a wrong value is, without repeating a long one: {@code the text '75'}, {@code binary data of 8388608 bytes}. */
    static String describe(Object value) {
        if (value instanceof String text) {
            return text.length() > 60 ? "text of " + text.length() + " characters" : "the text '" + text + "'";
        }
        if (value instanceof byte[] bytes) {
            return "binary data of " + bytes.length + " bytes";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return "the " + value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + " " + value;
        }
        return "a value of type " + value.getClass().getSimpleName();
    }

    private static boolean isBlank(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? null : new BigDecimal(node.asText());
    }

    private static Integer integer(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asInt();
    }
}
