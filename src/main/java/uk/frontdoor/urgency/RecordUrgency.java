package uk.frontdoor.urgency;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.clock.DecisionClock;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.clock.UkDates;

/**
 * Records the urgency the decision table proposed and starts the decision clock from when the
 * contact arrived (not from when it was typed in): every task's due date and the overdue timer
 * read {@code decisionDue}. The table's raw result ({@code urgency}) is removed once recorded.
 */
@Component("recordUrgency")
class RecordUrgency implements ExecutionListener {

  private final UrgencyRatings ratings;
  private final DecisionClock decisionClock;
  private final Clock clock;

  RecordUrgency(UrgencyRatings ratings, DecisionClock decisionClock, Clock clock) {
    this.ratings = ratings;
    this.decisionClock = decisionClock;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    UUID contactId = ChildJourneyProcess.contactId(execution);
    if (!(execution.getVariable(Var.URGENCY) instanceof Map<?, ?> urgency) || urgency.get("rag") == null) {
      throw new IllegalStateException("The urgency table gave no rating for contact " + contactId);
    }
    String rag = String.valueOf(urgency.get("rag"));
    Object reason = urgency.get("ragReason");
    Instant due = decisionClock.decisionDue(rag, ratings.receivedAt(contactId));
    ratings.record(contactId, rag, reason == null ? "Proposed by the urgency table." : reason.toString(), true, due,
        null, Instant.now(clock));
    execution.setVariable(Var.RAG, rag);
    execution.setVariable(Var.DECISION_DUE, Date.from(due));
    execution.setVariable(Var.DECISION_DUE_TEXT, new UkDates().time(due));
    execution.removeVariable(Var.URGENCY);
  }
}
