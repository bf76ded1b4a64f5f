package uk.frontdoor.screening;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A practitioner's change of the contact's urgency (red, amber, green) with its reason, as
 * screening needs it. The urgency feature owns how a change is recorded and how the decision
 * clock moves; screening only asks for it, so this seam is all screening depends on.
 */
public interface RagChanges {

  /** Records the new urgency and its reason, and moves the decision due time with it. */
  void change(DelegateExecution execution, String contactId, String newRag, String reason, String decidedBy);
}
