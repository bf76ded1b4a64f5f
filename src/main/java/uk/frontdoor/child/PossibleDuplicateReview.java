package uk.frontdoor.child;

/** The Tasklist review of a possible duplicate ({@code processes/possible-duplicate.bpmn}): its names. */
final class PossibleDuplicateReview {

  static final String PROCESS = "possible-duplicate";
  static final String FORM = "possible-duplicate";
  /** The flag the review asks about: the only variable its start takes. */
  static final String FLAG_ID = "possibleDuplicateId";
  /** Both records in words, for the form; written by the service at the start. */
  static final String SUMMARY = "possibleDuplicateSummary";
  static final String ANSWER = "duplicateAnswer";
  static final String REASON = "duplicateReason";
  static final String ONE_CHILD = "one-child";
  static final String TWO_CHILDREN = "two-children";

  private PossibleDuplicateReview() {
  }
}
