package cn.ipoffice.programmes.forms;

/**
 * What is wrong with one field of a submitted form: the field as the form names it (its key, its id in the form and
 * its label) and the problem in plain words, for the office that typed it ({@code is not a day of the calendar:
 * '2026-02-30'}, shown after the label next to the field). {@link #message()} says it as the REST API's message
 * always has, naming the key: {@code 'Work plan issued on' (planIssuedOn) is not a day of the calendar: '2026-02-30'}.
 */
public record FieldProblem(String key, String fieldId, String label, String problem, String message) {

    /** A problem whose message is the label, the key and the problem. */
    static FieldProblem of(String key, String fieldId, String label, String problem) {
        return new FieldProblem(key, fieldId, label, problem, "'" + label + "' (" + key + ") " + problem);
    }
}
