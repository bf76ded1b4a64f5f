package uk.frontdoor.oversight;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.ChildJourneyProcess;

/**
 * Shows the manager what they are signing off: a short summary of the latest screening, consent
 * and threshold decisions, and the proforma's section per child pre-filled from each child's
 * threshold decision (level, indicators, pathway), one Json object per child in the form's fixed
 * sections child1, child2, ... (a repeating list would keep Tasklist's Complete button disabled).
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
    UUID contactId = ChildJourneyProcess.contactId(execution);
    execution.setVariable(SUMMARY, decisions.summary(contactId));
    List<SpinJsonNode> sections = sections(decisions.children(contactId)).elements();
    for (int slot = 1; slot <= Math.min(sections.size(), Proforma.CHILD_SLOTS); slot++) {
      execution.setVariable(Proforma.childSlot(slot), SpinValues.jsonValue(sections.get(slot - 1)).create());
    }
  }

  /** One entry per child; the manager's own fields start empty, the level at the proposed one. */
  static SpinJsonNode sections(List<Proforma.ChildToSign> children) {
    SpinJsonNode list = Spin.JSON("[]");
    for (Proforma.ChildToSign child : children) {
      SpinJsonNode entry = Spin.JSON("{}");
      entry.prop(Proforma.CHILD_ID, child.childId().toString());
      entry.prop(Proforma.CHILD_NAME, child.name());
      entry.prop(Proforma.PROPOSED_LEVEL, child.proposedLevel() == null ? "not yet set" : child.proposedLevel().toString());
      SignedDecision pathway = SignedDecision.ofCode(child.pathway());
      entry.prop(Proforma.PATHWAY, pathway == null ? "no pathway chosen" : pathway.words());
      if (child.proposedLevel() != null) {
        entry.prop(Proforma.LEVEL, child.proposedLevel().toString());
      }
      if (child.indicators() != null) {
        entry.prop(Proforma.INDICATORS, child.indicators());
      }
      list.append(entry);
    }
    return list;
  }
}
