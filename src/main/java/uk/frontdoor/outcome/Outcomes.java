package uk.frontdoor.outcome;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.frontdoor.threshold.Pathways;

/**
 * What follows the outcome, read by the model's gateway and multi-instance tasks, e.g.
 * {@code ${outcomes.assessmentAllocations(contactId)}}: from the service's tables, not variables.
 */
@Component("outcomes")
public class Outcomes {

  private final OutcomeStore store;

  Outcomes(OutcomeStore store) {
    this.store = store;
  }

  /** Any child's outcome is a strategy discussion: one discussion is held for the contact. */
  public boolean needsStrategyDiscussion(String contactId) {
    return !store.childrenWithOutcome(UUID.fromString(contactId), List.of(Pathways.STRATEGY_DISCUSSION)).isEmpty();
  }

  /** Every child of the household allocated an assessment because of this contact. */
  public List<String> assessmentAllocations(String contactId) {
    return store.allocations(UUID.fromString(contactId));
  }

  /** The children whose outcome is the Brief Intervention Team: one offer to the family each. */
  public List<String> briefInterventionChildren(String contactId) {
    return store.childrenWithOutcome(UUID.fromString(contactId), List.of(Pathways.BRIEF_INTERVENTION_TEAM));
  }
}
