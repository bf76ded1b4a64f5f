package uk.frontdoor.outcome;

import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.threshold.Pathways;

/** Tells the practitioner what to tell the referrer: each child's outcome in plain words. */
@Component("showOutcomeSummary")
class ShowOutcomeSummary implements ExecutionListener {

  private final OutcomeStore store;

  ShowOutcomeSummary(OutcomeStore store) {
    this.store = store;
  }

  @Override
  public void notify(DelegateExecution execution) {
    UUID contactId = ChildJourneyProcess.contactId(execution);
    String summary = store.outcomes(contactId).stream()
        .map(o -> o.childName() + ": " + Pathways.LABELS.getOrDefault(o.outcome(), o.outcome()))
        .collect(Collectors.joining("; "));
    execution.setVariableLocal(FollowOn.OUTCOME_SUMMARY, summary);
  }
}
