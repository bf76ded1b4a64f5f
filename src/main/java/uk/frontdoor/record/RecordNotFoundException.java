package uk.frontdoor.record;

/** No child or contact with this id. */
class RecordNotFoundException extends RuntimeException {
  RecordNotFoundException(String message) {
    super(message);
  }
}
