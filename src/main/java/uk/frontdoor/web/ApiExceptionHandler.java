package uk.frontdoor.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.frontdoor.contact.ClientReferenceConflictException;
import uk.frontdoor.validation.FieldProblem;
import uk.frontdoor.validation.InvalidSubmissionException;
import uk.frontdoor.validation.JsonProblems;

/** Turns refusals into RFC 9457 problem details that name every field that is wrong. */
@RestControllerAdvice(basePackages = "uk.frontdoor")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

  static final URI INVALID = URI.create("urn:front-door:problem:invalid-submission");

  @ExceptionHandler(InvalidSubmissionException.class)
  ProblemDetail invalid(InvalidSubmissionException e) {
    return invalid(e.getTitle(), e.getProblems());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    FieldProblem problem = e.getCause() instanceof JsonProcessingException json
        ? JsonProblems.from(json)
        : new FieldProblem("body", "a JSON body is required");
    return invalid("The request could not be read", List.of(problem));
  }

  @ExceptionHandler(ClientReferenceConflictException.class)
  ProblemDetail conflict(ClientReferenceConflictException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("This reference belongs to another contact");
    return problem;
  }

  @ExceptionHandler(AuthorizationException.class)
  ProblemDetail forbidden(AuthorizationException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    problem.setTitle("You are not allowed to do this");
    return problem;
  }

  /**
   * A conflict with someone working at the same moment (409), or the database out of reach (503,
   * with Retry-After): read as Camunda REST reads them ({@link EngineFailure}). Any other failure
   * is the service's own fault, and stays a 500.
   */
  @ExceptionHandler({ProcessEngineException.class, DataAccessException.class, TransactionException.class})
  ResponseEntity<ProblemDetail> engineOrDatabase(RuntimeException e) {
    EngineFailure meaning = EngineFailure.of(e).orElseThrow(() -> e);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(meaning.status()), meaning.message());
    problem.setTitle(switch (meaning.status()) {
      case 409 -> "Someone else was working on this at the same moment";
      case 503 -> "The service is unavailable for a moment";
      default -> "Not found";
    });
    ResponseEntity.BodyBuilder response = ResponseEntity.status(meaning.status());
    if (meaning.unavailable()) {
      response.header(HttpHeaders.RETRY_AFTER, String.valueOf(EngineFailure.RETRY_AFTER_SECONDS));
    }
    return response.body(problem);
  }

  private static ProblemDetail invalid(String title, List<FieldProblem> problems) {
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        problems.size() == 1 ? "1 field needs attention" : problems.size() + " fields need attention");
    detail.setType(INVALID);
    detail.setTitle(title);
    detail.setProperty("errors", problems);
    return detail;
  }
}
