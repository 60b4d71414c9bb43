package cn.ipoffice.programmes.forms;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A submission refused by a rule that the form alone cannot express (a fostering plan with a score
 * of 70, say): the same exception as a form's own validation, so REST answers 400 and the
 * transaction rolls back.
 */
public final class FormRefusal {

    private FormRefusal() {
    }

    public static FormFieldValidationException of(List<String> reasons) {
        return new FormFieldValidationException(reasons, "Not accepted: " + String.join("; ", reasons));
    }
}
