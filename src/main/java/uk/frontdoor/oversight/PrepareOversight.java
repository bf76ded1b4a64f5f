package uk.frontdoor.oversight;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.ChildJourneyProcess.Var;

/**
 * Shows the manager what they are signing off: a short summary of the latest screening, consent
 * and threshold decisions, set as a display variable when the oversight task starts.
 */
@Component("prepareOversight")
class PrepareOversight implements ExecutionListener {

  static final String SUMMARY = "oversightSummary";

  private final DecisionsSignedOff decisions;

  PrepareOversight(DecisionsSignedOff decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    UUID contactId = UUID.fromString((String) execution.getVariable(Var.CONTACT_ID));
    execution.setVariable(SUMMARY, decisions.summary(contactId));
  }
}
