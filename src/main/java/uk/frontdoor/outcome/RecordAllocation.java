package uk.frontdoor.outcome;

import java.time.Clock;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.language.FieldKind;
import uk.frontdoor.language.LanguageGuard;
import uk.frontdoor.security.Roles;
import uk.frontdoor.validation.FieldProblem;
import uk.frontdoor.validation.FormValues;

/** Records the social worker allocated to one child's assessment. */
@Component("recordAllocation")
class RecordAllocation implements ExecutionListener {

  static final String FORM = "allocate-assessment";

  private final OutcomeStore store;
  private final Actor actor;
  private final Clock clock;
  private final LanguageGuard language;

  RecordAllocation(OutcomeStore store, Actor actor, Clock clock, LanguageGuard language) {
    this.store = store;
    this.actor = actor;
    this.clock = clock;
    this.language = language;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    FormValues values = new FormValues(execution, language.forForm(FORM, FieldKind.STAFF_WRITING));
    if (actor.isPersonOutside(Roles.ASSESSMENT_TEAM)) {
      values.problems().add(FieldProblem.PERSON, "only the assessment team can allocate an assessment");
    }
    String allocatedTo = values.requiredText(FollowOn.ALLOCATED_TO, 2, 200,
        "write the name of the social worker who will carry out the assessment");
    values.throwIfAny("The assessment cannot be allocated yet");
    UUID contactId = ChildJourneyProcess.contactId(execution);
    UUID childId = ChildJourneyProcess.childId(execution);
    if (!store.recordAllocation(contactId, childId, allocatedTo, actor.userId(), clock.instant())) {
      throw new IllegalStateException("Child " + childId + " of contact " + contactId
          + " has no open assessment allocation");
    }
    execution.removeVariableLocal(FollowOn.CHILD_NAME);
    values.removeFromProcess();
  }
}
