package uk.frontdoor.outcome;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.ChildJourneyProcess;

/**
 * Puts the child's name on a per-child follow-on task, local to that child's instance, and why the
 * child is here: the level, pathway and analysis the manager signed.
 */
@Component("showChildName")
class ShowChildName implements ExecutionListener {

  private final OutcomeStore store;

  ShowChildName(OutcomeStore store) {
    this.store = store;
  }

  @Override
  public void notify(DelegateExecution execution) {
    UUID childId = ChildJourneyProcess.childId(execution);
    execution.setVariableLocal(FollowOn.CHILD_NAME, store.childName(childId));
    store.signedReason(ChildJourneyProcess.contactId(execution), childId)
        .ifPresent(reason -> execution.setVariableLocal(FollowOn.SIGNED_REASON, reason));
  }
}
