package uk.frontdoor.outcome;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.ChildJourneyProcess;

/** Puts the child's name on a per-child follow-on task, local to that child's instance. */
@Component("showChildName")
class ShowChildName implements ExecutionListener {

  private final OutcomeStore store;

  ShowChildName(OutcomeStore store) {
    this.store = store;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariableLocal(FollowOn.CHILD_NAME,
        store.childName(ChildJourneyProcess.childId(execution)));
  }
}
