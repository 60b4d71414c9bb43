package cn.ipoffice.programmes.offices;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * A refused request to an office page says why, as a page with the navigation: a parameter that names no value (400),
 * a holder or case the user's offices may not see or that does not exist (404, the same answer for both, so that a page
 * does not tell another office what exists).
 */
@RestControllerAdvice(basePackageClasses = OfficePageErrors.class)
class OfficePageErrors {

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<String> badInput(IllegalArgumentException e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage(), request);
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<String> refused(ResponseStatusException e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        return answer(status, e.getReason() == null ? status.getReasonPhrase() : e.getReason(), request);
    }

    private static ResponseEntity<String> answer(HttpStatus status, String message, HttpServletRequest request) {
        Object user = request.getAttribute(OfficeLogin.USER_ATTRIBUTE);
        String body;
        MediaType type;
        String accept = request.getHeader("Accept");
        if (user instanceof OfficeUser officeUser && accept != null && accept.contains("text/html")) {
            body = Html.page(officeUser, status.value() == 404 ? "Not found" : "Request refused", "",
                    "<p class=\"refusal\" id=\"refusal\">" + Html.text(message) + "</p>\n");
            type = MediaType.TEXT_HTML;
        } else {
            body = message + "\n";
            type = MediaType.TEXT_PLAIN;
        }
        return ResponseEntity.status(status).contentType(new MediaType(type, java.nio.charset.StandardCharsets.UTF_8))
                .body(body);
    }
}
