package uk.frontdoor.validation;

/** One thing wrong with one field of a submission, in words a practitioner understands. */
public record FieldProblem(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
