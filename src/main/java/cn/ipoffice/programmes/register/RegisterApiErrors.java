package cn.ipoffice.programmes.register;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The answers of the register's API ({@code /api/register/**}) to what its controllers did not answer
 * themselves: a request it cannot read is the client's mistake (400, saying where); anything else is the
 * server's (500), and then the answer says only that, with a reference to the log, never the database's or
 * an exception's text, which would show the schema and the SQL to any user.
 */
@RestControllerAdvice(basePackageClasses = RegisterApiErrors.class)
class RegisterApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterApiErrors.class);

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        String where = "";
        if (e.getMostSpecificCause() instanceof JsonProcessingException json && json.getLocation() != null) {
            JsonLocation location = json.getLocation();
            where = " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        }
        return answer(HttpStatus.BAD_REQUEST, "The request body is not JSON of the expected shape" + where
                + "; numbers must be numbers, texts texts.");
    }

    /** The register's own refusals: an unknown holder, title or status, named in the message. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> refused(IllegalArgumentException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<Map<String, String>> mismatch(TypeMismatchException e) {
        String name = e.getPropertyName() != null ? e.getPropertyName() : "a parameter";
        Class<?> type = e.getRequiredType();
        boolean whole = type == int.class || type == Integer.class || type == long.class || type == Long.class;
        return answer(HttpStatus.BAD_REQUEST, name + " must be " + (whole ? "a whole number" : "a valid value")
                + ", got '" + e.getValue() + "'");
    }

    /**
     * Spring's own refusals (401, 403, 404, 405, 415...) keep their status and reason; anything else is a
     * failure of the server.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> failure(Exception e) {
        if (e instanceof ErrorResponse refusal) {
            String detail = refusal.getBody().getDetail();
            return ResponseEntity.status(refusal.getStatusCode()).body(Map.of("error", detail != null ? detail
                    : HttpStatus.valueOf(refusal.getStatusCode().value()).getReasonPhrase()));
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("The register's API failed (reference {})", reference, e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "The register could not answer this request; nothing was "
                + "changed. The error is logged under reference " + reference + ".");
    }

    private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}
