package uk.frontdoor.validation;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A submission refused by the server, listing every field that is wrong.
 *
 * <p>It extends Camunda's form validation exception so that the engine REST API (and with it
 * Tasklist) answers 400 with this message rather than 500; our own API turns it into RFC 9457
 * problem details. Thrown inside a transaction, it rolls everything back: nothing is half-written.
 */
public class InvalidSubmissionException extends FormFieldValidationException {

  private static final long serialVersionUID = 1L;

  private final String title;
  private final transient List<FieldProblem> problems;

  public InvalidSubmissionException(String title, List<FieldProblem> problems) {
    super(problems, title + ": " + problems.stream().map(FieldProblem::toString)
        .collect(Collectors.joining("; ")));
    this.title = title;
    this.problems = List.copyOf(problems);
  }

  public String getTitle() {
    return title;
  }

  public List<FieldProblem> getProblems() {
    return problems;
  }
}
