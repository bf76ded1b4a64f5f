package uk.frontdoor.validation;

/** One thing wrong with one field of a submission, in words a practitioner understands. */
public record FieldProblem(String field, String message) {

  /** The "field" of a refusal that is about who submits, not what: "only the assessment team can…". */
  public static final String PERSON = "user";

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
