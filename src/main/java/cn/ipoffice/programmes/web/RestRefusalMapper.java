package cn.ipoffice.programmes.web;

import cn.ipoffice.programmes.casework.CaseRefusedException;
import cn.ipoffice.programmes.forms.FormRefusal;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The REST API wraps what the engine throws into a {@link RestException}, most often with status
 * 500. Two causes are the user's business, not a server fault, and get an answer that says so:
 * <ul>
 * <li>Two requests changed the same case at the same moment, e.g. a task completed twice by a double
 * click or by two reviewers: the engine committed one and rolled the other back entirely: 409.</li>
 * <li>What no longer exists, e.g. a task the other of two clicks has just completed: 404.</li>
 * <li>A case refused by the product's rules ({@link CaseRefusedException}, e.g. a second application
 * of a city whose first is running): 400 with the reason.</li>
 * <li>Variables a start form refuses, sent to {@code /process-definition/key/{key}/start} (which, unlike
 * {@code /submit-form}, answers 500 to them): 400 with the fields named, as {@code /submit-form} answers.</li>
 * </ul>
 * A refused form's answer also lists its fields' problems apart ({@link RefusedFormAnswer}), which Tasklist shows next
 * to each field.
 * Bad input the engine refused answers 400 ({@link BadInputMapper}); every other exception keeps the
 * engine's own answer.
 */
@Priority(1)
class RestRefusalMapper implements ExceptionMapper<RestException> {

    static final String CONCURRENT_CHANGE = "Someone else changed this case at the same moment, and their change was "
            + "saved first. Nothing of this request was saved. Reload the case and decide again.";

    @Override
    public Response toResponse(RestException exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException) {
                return answer(Status.CONFLICT, "ConcurrentChange", CONCURRENT_CHANGE);
            }
            // The engine says "Cannot find task with id …" of a task that is gone, with the exception of a null value.
            if (cause instanceof NotFoundException
                    || cause instanceof NullValueException && String.valueOf(cause.getMessage()).startsWith("Cannot find ")) {
                return Response.status(Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(ExceptionHandlerHelper.getInstance().fromException(exception)).build();
            }
            if (cause instanceof CaseRefusedException refusal) {
                return answer(Status.BAD_REQUEST, "CaseRefused", refusal.getMessage());
            }
            if (cause instanceof FormFieldValidationException refused) {
                ExceptionDto camunda = ExceptionHandlerHelper.getInstance().fromException(exception);
                return Response.status(Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(FormRefusal.in(refused).map(refusal -> RefusedFormAnswer.of(camunda, refusal)).orElse(camunda))
                        .build();
            }
        }
        return BadInputMapper.answer(exception);
    }

    private static Response answer(Status status, String type, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", type, "message", message)).build();
    }
}
