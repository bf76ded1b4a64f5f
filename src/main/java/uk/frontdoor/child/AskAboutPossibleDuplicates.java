package uk.frontdoor.child;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.ChildJourneyProcess;

/**
 * At the end of a journey, puts each possible duplicate raised on one of its children to a CRS
 * practitioner in Tasklist, once none of that record's journeys is still open: only then can the
 * records be merged with every step on one record.
 */
@Component("askAboutPossibleDuplicates")
class AskAboutPossibleDuplicates implements ExecutionListener {

  private final PossibleDuplicates flags;
  private final ChildMerge merge;
  private final RuntimeService runtimeService;

  AskAboutPossibleDuplicates(PossibleDuplicates flags, ChildMerge merge, RuntimeService runtimeService) {
    this.flags = flags;
    this.merge = merge;
    this.runtimeService = runtimeService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<UUID, UUID> awaiting = flags.awaitingReview(ChildJourneyProcess.contactId(execution));
    awaiting.forEach((flagId, childId) -> {
      if (merge.openJourneys(childId, execution.getProcessInstanceId()).isEmpty()) {
        // the service starts it, whoever completed the journey's last step
        Context.getCommandContext().runWithoutAuthorization(() -> runtimeService.startProcessInstanceByKey(
            PossibleDuplicateReview.PROCESS, Map.of(PossibleDuplicateReview.FLAG_ID, flagId.toString())));
      }
    });
  }
}
