package org.convenor.system.problems;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.InvalidParameterException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

import org.convenor.engine.Causes;
import org.convenor.engine.EvaluationLimitException;
import org.convenor.engine.RuleEvaluationException;
import org.convenor.engine.RuleSetUnavailableException;
import org.convenor.validation.FieldProblem;
import org.convenor.validation.InvalidInputException;
import org.convenor.validation.LimitExceededException;
import org.convenor.validation.NotFoundException;
import org.convenor.validation.UnreadableQuery;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error is an RFC 9457 problem. Bad input is a 4xx naming each field by its JSON path; nothing
 * reveals a stack trace. Request bodies are never logged: they hold people's names.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    static ProblemDetail invalidInput(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    static ProblemDetail payloadTooLarge(PayloadTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request too large", e.getMessage());
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:convenor:problem:" + type));
        problem.setTitle(title);
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<Object> invalidInput(InvalidInputException e) {
        return ResponseEntity.badRequest().body(invalidInput(
                e.problems().size() == 1 ? "One field is invalid." : e.problems().size() + " fields are invalid.",
                e.problems()));
    }

    /** {@code ?asOf=%FF}: the container reads no parameter of a query holding an escape that is not UTF-8. */
    @ExceptionHandler
    ResponseEntity<Object> unreadableParameter(InvalidParameterException e, HttpServletRequest request) {
        return ResponseEntity.badRequest().body(invalidInput("A parameter could not be read.", List.of(
                new FieldProblem(UnreadableQuery.parameter(request.getQueryString()).orElse(""),
                        "is not text: a %-escape that is not UTF-8 (letters are sent as %C3%A9, not %E9)"))));
    }

    /** A parameter naming a property the form or query does not have: {@code targets[-1].id}, {@code targets[abc]}. */
    @ExceptionHandler
    ResponseEntity<Object> unknownProperty(InvalidPropertyException e) {
        return ResponseEntity.badRequest().body(invalidInput("A parameter could not be read.", List.of(
                new FieldProblem(e.getPropertyName(), "is not a parameter this takes (a list's items are numbered "
                        + "from 0, at most 256 of them)"))));
    }

    @ExceptionHandler
    ResponseEntity<Object> limitExceeded(LimitExceededException e) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "limit-exceeded", "Request too large",
                "The request holds more than a configured limit allows.");
        problem.setProperty("errors", java.util.List.of(e.problem()));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<Object> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
    }

    /** A JSON body the controller read itself (one record or an array of them). */
    @ExceptionHandler
    ResponseEntity<Object> unreadableJson(JacksonException e) {
        return unreadable(e);
    }

    /** Writers take turns; one that waited past the lock timeout is told to try again, nothing having changed. */
    @ExceptionHandler
    ResponseEntity<Object> busy(PessimisticLockingFailureException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem(HttpStatus.SERVICE_UNAVAILABLE,
                "busy", "Busy", "Another change to the network took too long to finish; nothing was changed, try again."));
    }

    @ExceptionHandler
    ResponseEntity<Object> unavailable(RuleSetUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "rule-set-unavailable", "Rule set unavailable",
                        e.getMessage()));
    }

    @ExceptionHandler({EvaluationLimitException.class, RuleEvaluationException.class})
    ResponseEntity<Object> ruleFailure(RuntimeException e) {
        log.error("A rule failed while answering a request: {}", e.getMessage());
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "rule-evaluation-failed", "A rule failed", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected error answering a request", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Internal error", "Something went wrong on our side; it has been logged."));
    }

    /**
     * Spring's own problems (404, 405, 406, 415, ...) get a type like ours, named after their status, so a client
     * can act on {@code type} alone.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || ABOUT_BLANK.equals(problem.getType()))) {
            problem.setType(URI.create("urn:convenor:problem:" + slug(status)));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /** "No static resource" would puzzle an API client: say there is no such endpoint. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        e.getBody().setDetail("Nothing at /" + e.getResourcePath() + "; GET /v3/api-docs describes every endpoint.");
        return super.handleNoResourceFoundException(e, headers, status, request);
    }

    /** {@code method-not-allowed} from "Method Not Allowed". */
    private static String slug(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "status-" + status.value()
                : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        PayloadTooLargeException tooLarge = Causes.find(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(payloadTooLarge(tooLarge));
        }
        JacksonException json = Causes.find(e, JacksonException.class);
        if (json == null) {
            return ResponseEntity.badRequest().body(invalidInput("The body could not be read.",
                    List.of(new FieldProblem("", "a JSON request body is required"))));
        }
        return unreadable(json);
    }

    private static ResponseEntity<Object> unreadable(JacksonException json) {
        return ResponseEntity.badRequest().body(invalidInput(
                json instanceof StreamReadException ? "The body is not well-formed JSON." : "The body could not be read.",
                List.of(JsonReadProblems.of(json))));
    }

    /** A query or path parameter of the wrong type: {@code asOf=yesterday}, an interaction id that is not a number. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : e.getPropertyName();
        return ResponseEntity.badRequest().body(invalidInput("A parameter could not be read.", List.of(
                new FieldProblem(name, "'" + e.getValue() + "' is not a valid " + JsonReadProblems.friendly(
                        e.getRequiredType())))));
    }
}
