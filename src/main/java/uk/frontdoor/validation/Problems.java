package uk.frontdoor.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem with a submission, so the person fixes them all in one go. */
public final class Problems {

  private final List<FieldProblem> problems = new ArrayList<>();

  public Problems add(String field, String message) {
    problems.add(new FieldProblem(field, message));
    return this;
  }

  /** Records the message when the text is missing or blank; returns whether it was present. */
  public boolean required(String field, String value, String messageWhenMissing) {
    if (Text.isEmpty(value)) {
      add(field, messageWhenMissing);
      return false;
    }
    return true;
  }

  public void maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      add(field, "must be at most " + max + " characters (it has " + value.length() + ")");
    }
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public List<FieldProblem> list() {
    return List.copyOf(problems);
  }

  /** Throws with every problem found, if there are any. */
  public void throwIfAny(String title) {
    if (!problems.isEmpty()) {
      throw new InvalidSubmissionException(title, problems);
    }
  }
}
