package uk.frontdoor.outcome;

import java.time.Clock;
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

/** Records whether a child's family accepted the Brief Intervention Team's offer. */
@Component("recordBriefIntervention")
class RecordBriefIntervention implements ExecutionListener {

  static final String FORM = "brief-intervention";

  private final OutcomeStore store;
  private final Actor actor;
  private final Clock clock;
  private final LanguageGuard language;

  RecordBriefIntervention(OutcomeStore store, Actor actor, Clock clock, LanguageGuard language) {
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
    if (actor.isPersonOutside(Roles.BRIEF_INTERVENTION_TEAM)) {
      values.problems().add(FieldProblem.PERSON, "only the Brief Intervention Team can record its offer to the family");
    }
    boolean accepted = values.bool(FollowOn.FAMILY_ACCEPTED, true, "say whether the family accepted the support");
    String note = values.requiredText(FollowOn.BRIEF_INTERVENTION_NOTE, 1, 4000,
        "write what was offered and what the family said");
    values.throwIfAny("The offer of brief intervention cannot be recorded yet");
    store.followOn(ChildJourneyProcess.contactId(execution),
        ChildJourneyProcess.childId(execution), FollowOn.BRIEF_INTERVENTION,
        accepted ? "accepted" : "declined", note, null, actor.userId(), clock.instant());
    execution.removeVariableLocal(FollowOn.CHILD_NAME);
    values.removeFromProcess();
  }
}
