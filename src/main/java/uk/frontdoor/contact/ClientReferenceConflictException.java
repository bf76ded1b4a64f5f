package uk.frontdoor.contact;

/** A client reference that was already used for a different contact. */
public class ClientReferenceConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ClientReferenceConflictException(String clientReference) {
    super("The reference '" + clientReference + "' was already used for a different contact. "
        + "Send the same contact to get its result again, or use a new reference for a new contact.");
  }
}
