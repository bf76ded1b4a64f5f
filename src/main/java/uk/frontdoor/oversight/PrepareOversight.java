package uk.frontdoor.oversight;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.journey.FormText;
import uk.frontdoor.journey.ChildJourneyProcess.Var;

/**
 * Shows the manager what they are signing off for the whole contact: a short summary of the latest
 * screening, consent and threshold decisions, and the decisions their rationale must name. Each
 * child's section follows as a step of its own ({@link PrepareChildOversight}).
 */
@Component("prepareOversight")
class PrepareOversight implements ExecutionListener {

  static final String SUMMARY = "oversightSummary";
  static final String DECISIONS_TO_NAME = "decisionsToName";

  private final DecisionsSignedOff decisions;

  PrepareOversight(DecisionsSignedOff decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    UUID contactId = ChildJourneyProcess.contactId(execution);
    // the record keeps the whole summary; a long one (seven children, long reasons) is cut for the form
    execution.setVariableLocal(SUMMARY, FormText.shortened(decisions.summary(contactId), FormText.MAX_LENGTH,
        "… (the rest is in each child's section below and in the child's record)"));
    String step = (String) execution.getVariable(Var.DECISION_STEP);
    execution.setVariableLocal(DECISIONS_TO_NAME,
        QualityRules.wordsOf(decisions.signedAt(contactId, step, decisions.children(contactId))));
  }
}
