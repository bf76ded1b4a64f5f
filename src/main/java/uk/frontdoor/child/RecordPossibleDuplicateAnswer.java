package uk.frontdoor.child;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.language.FieldKind;
import uk.frontdoor.language.LanguageGuard;
import uk.frontdoor.validation.FormValues;

/**
 * The practitioner's answer: one child (the later record is merged into the earlier one, as
 * {@link ChildMerge} does for the API) or two children (both stay); either way with the reason.
 */
@Component("recordPossibleDuplicateAnswer")
class RecordPossibleDuplicateAnswer implements ExecutionListener {

  private final PossibleDuplicates flags;
  private final ChildMerge merge;
  private final Actor actor;
  private final LanguageGuard language;

  RecordPossibleDuplicateAnswer(PossibleDuplicates flags, ChildMerge merge, Actor actor, LanguageGuard language) {
    this.flags = flags;
    this.merge = merge;
    this.actor = actor;
    this.language = language;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    FormValues values = new FormValues(execution, language.forForm(PossibleDuplicateReview.FORM,
        FieldKind.STAFF_WRITING));
    String answer = values.choice(PossibleDuplicateReview.ANSWER,
        List.of(PossibleDuplicateReview.ONE_CHILD, PossibleDuplicateReview.TWO_CHILDREN),
        "choose whether the two records are one child or two children");
    String reason = values.requiredText(PossibleDuplicateReview.REASON, 10, ChildMerge.REASON_MAX,
        "say why, from what the records and the contacts show");
    values.throwIfAny("The answer cannot be recorded yet");
    UUID flagId = UUID.fromString((String) execution.getVariable(PossibleDuplicateReview.FLAG_ID));
    // resolved meanwhile through the API: the question is answered, nothing is left to do
    flags.openFlag(flagId).ifPresent(flag -> {
      if (PossibleDuplicateReview.TWO_CHILDREN.equals(answer)) {
        flags.resolve(flag.child().childId(), flag.other().childId(), PossibleDuplicates.DIFFERENT_CHILDREN, reason,
            actor.userId());
        return;
      }
      try {
        merge.merge(flag.other().childId(), flag.child().childId(), reason, actor.userId());
      } catch (ResponseStatusException refused) {
        values.problems().add(PossibleDuplicateReview.ANSWER, refused.getReason());
        values.throwIfAny("The records cannot be merged now");
      }
    });
    values.removeFromProcess();
  }
}
