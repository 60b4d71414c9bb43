package cn.ipoffice.programmes.web;

import cn.ipoffice.programmes.forms.FieldProblem;
import cn.ipoffice.programmes.forms.FormRefusal;
import java.util.List;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/**
 * The REST API's answer to a refused form: Camunda's error body ({@code type}, {@code message}, {@code code}), whose
 * message names every problem as before, and the same problems apart, for a client to show each where it belongs:
 * {@code fields}, each with the form field's {@code key}, {@code id} and {@code label} and the {@code problem} in plain
 * words, and {@code reasons}, what concerns no single field.
 */
class RefusedFormAnswer extends ExceptionDto {

    /** One field of the form and what is wrong with it. */
    record Field(String key, String id, String label, String problem) {
    }

    private final List<Field> fields;
    private final List<String> reasons;

    private RefusedFormAnswer(ExceptionDto camunda, FormRefusal refusal) {
        setType(camunda.getType());
        setMessage(camunda.getMessage());
        setCode(camunda.getCode());
        this.fields = refusal.fields().stream().map(RefusedFormAnswer::field).toList();
        this.reasons = refusal.reasons();
    }

    static Object of(ExceptionDto camunda, FormRefusal refusal) {
        return new RefusedFormAnswer(camunda, refusal);
    }

    private static Field field(FieldProblem problem) {
        return new Field(problem.key(), problem.fieldId(), problem.label(), problem.problem());
    }

    public List<Field> getFields() {
        return fields;
    }

    public List<String> getReasons() {
        return reasons;
    }
}
