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

/** Records how and when the referrer heard the outcome: they must hear it within one working day. */
@Component("recordReferrerTold")
class RecordReferrerTold implements ExecutionListener {

  static final String FORM = "tell-referrer";

  private final OutcomeStore store;
  private final Actor actor;
  private final Clock clock;
  private final LanguageGuard language;

  RecordReferrerTold(OutcomeStore store, Actor actor, Clock clock, LanguageGuard language) {
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
    if (actor.isPersonOutside(Roles.CRS_PRACTITIONERS, Roles.CRS_MANAGERS)) {
      values.problems().add(FieldProblem.PERSON,
          "only a practitioner or manager of the front door can record that the referrer was told");
    }
    String how = values.choice(FollowOn.REFERRER_TOLD_HOW, FollowOn.TOLD_HOW,
        "choose how you told the referrer: telephone, email or letter");
    String note = values.requiredText(FollowOn.REFERRER_TOLD_NOTE, 1, 4000, "write what you told the referrer");
    values.throwIfAny("The referrer cannot be recorded as told yet");
    store.followOn(ChildJourneyProcess.contactId(execution), null, FollowOn.REFERRER_TOLD,
        how, note, null, actor.userId(), clock.instant());
    execution.removeVariableLocal(FollowOn.OUTCOME_SUMMARY);
    values.removeFromProcess();
  }
}
