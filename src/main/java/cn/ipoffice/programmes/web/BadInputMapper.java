package cn.ipoffice.programmes.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.xml.sax.SAXException;

/**
 * Camunda's REST API answers 500, as if the server had failed, to some requests the engine refuses for
 * what they carry: a deployed file that is not well-formed XML or has a DOCTYPE, a password the policy
 * refuses, a Java-serialized variable. These are the client's mistakes and answer 400, with Camunda's own
 * error body and message; everything else is answered as Camunda does. {@link RestRefusalMapper} asks
 * the same of what the REST API wraps in its own exception.
 */
@Priority(1)
class BadInputMapper implements ExceptionMapper<ProcessEngineException> {

    /** Camunda's messages for refusals that have no exception type of their own. */
    private static final List<String> REFUSALS = List.of(
            "Password does not match policy",
            "ENGINE-17007"); // Java serialization format is prohibited

    @Override
    public Response toResponse(ProcessEngineException exception) {
        return answer(exception);
    }

    /** 400 for bad input, else Camunda's own answer. */
    static Response answer(Throwable exception) {
        ExceptionHandlerHelper camunda = ExceptionHandlerHelper.getInstance();
        if (!isBadInput(exception)) {
            return camunda.getResponse(exception);
        }
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(camunda.fromException(exception)).build();
    }

    private static boolean isBadInput(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof SAXException || REFUSALS.stream().anyMatch(message::contains)) {
                return true;
            }
        }
        return false;
    }
}
