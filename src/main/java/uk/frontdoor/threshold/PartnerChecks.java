package uk.frontdoor.threshold;

/**
 * Whether the partner agency checks of a contact are complete: every configured agency and both
 * council checks answered, or a manager recorded why the decision proceeds without one. A
 * pathway into a service must never be chosen behind an unanswered check.
 *
 * <p>Implemented by the partner checks feature ({@code uk.frontdoor.mash}).
 */
public interface PartnerChecks {

  boolean allAnswered(String contactId);
}
