package uk.frontdoor.oversight;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.ChildJourneyProcess;

/**
 * Shows the manager the child whose section of the proforma they write, as the threshold decision
 * left them (level, indicators, pathway), in variables local to that child's step: the level and
 * the indicators start as the practitioner's, for the manager to confirm or change.
 */
@Component("prepareChildOversight")
class PrepareChildOversight implements ExecutionListener {

  static final String FORM = "oversight-child";
  static final String CHILD_NAME = Proforma.CHILD_NAME;
  static final String PROPOSED_LEVEL = Proforma.PROPOSED_LEVEL;
  static final String PATHWAY = Proforma.PATHWAY;

  private final DecisionsSignedOff decisions;

  PrepareChildOversight(DecisionsSignedOff decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Proforma.ChildToSign child = childToSign(decisions, execution);
    execution.setVariableLocal(CHILD_NAME, child.name());
    execution.setVariableLocal(PROPOSED_LEVEL,
        child.proposedLevel() == null ? "not yet set" : "level " + child.proposedLevel());
    SignedDecision pathway = SignedDecision.ofCode(child.pathway());
    execution.setVariableLocal(PATHWAY, pathway == null ? "no pathway chosen" : pathway.words());
    if (child.proposedLevel() != null) {
      execution.setVariableLocal(Proforma.LEVEL, child.proposedLevel().toString());
    }
    if (child.indicators() != null) {
      execution.setVariableLocal(Proforma.INDICATORS, child.indicators());
    }
  }

  /** The child of this step, as the contact's latest threshold decision left them. */
  static Proforma.ChildToSign childToSign(DecisionsSignedOff decisions, DelegateExecution execution) {
    UUID contactId = ChildJourneyProcess.contactId(execution);
    UUID childId = ChildJourneyProcess.childId(execution);
    return decisions.children(contactId).stream().filter(child -> child.childId().equals(childId)).findFirst()
        .orElseThrow(() -> new IllegalStateException("Child " + childId + " is not a child of contact " + contactId));
  }
}
