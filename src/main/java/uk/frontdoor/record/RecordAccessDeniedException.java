package uk.frontdoor.record;

/** The viewer has no need to know this child's record; the attempt has been logged. */
class RecordAccessDeniedException extends RuntimeException {
  RecordAccessDeniedException() {
    super("You do not have access to this child's record. Your attempt has been recorded.");
  }
}
