package uk.frontdoor.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
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

  private static ProblemDetail invalid(String title, List<FieldProblem> problems) {
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        problems.size() == 1 ? "1 field needs attention" : problems.size() + " fields need attention");
    detail.setType(INVALID);
    detail.setTitle(title);
    detail.setProperty("errors", problems);
    return detail;
  }
}
