package cn.ipoffice.programmes.forms;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Why a submission was refused, carried by the {@link FormFieldValidationException} that refuses it (REST answers 400
 * and the transaction rolls back): the fields of the form with what is wrong with each ({@link FieldProblem}), and the
 * reasons that concern no single field (a fostering plan with a score of 70, say, or a variable the form does not
 * declare). The exception's message names them all, as it always has; the REST API's answer also lists them apart,
 * so that Tasklist can show each next to its field ({@code web/RestRefusalMapper}).
 */
public record FormRefusal(List<FieldProblem> fields, List<String> reasons) {

    public FormRefusal {
        fields = List.copyOf(fields);
        reasons = List.copyOf(reasons);
    }

    /** A refusal by a rule that the form alone cannot express. */
    public static FormFieldValidationException of(List<String> reasons) {
        return new FormFieldValidationException(new FormRefusal(List.of(), reasons),
                "Not accepted: " + String.join("; ", reasons));
    }

    /** A refusal of the form {@code formRef}: the reasons first, then the fields' problems, in the message. */
    static FormFieldValidationException ofForm(String formRef, List<String> reasons, List<FieldProblem> fields) {
        List<String> messages = Stream.concat(reasons.stream(), fields.stream().map(FieldProblem::message)).toList();
        return new FormFieldValidationException(new FormRefusal(fields, reasons),
                "The form '" + formRef + "' was not accepted: " + String.join("; ", messages));
    }

    /** What the exception refused, where the product refused it. */
    public static Optional<FormRefusal> in(FormFieldValidationException refusal) {
        Object detail = refusal.getDetail();
        return detail instanceof FormRefusal formRefusal ? Optional.of(formRefusal) : Optional.empty();
    }
}
