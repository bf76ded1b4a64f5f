package uk.frontdoor.outcome;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.language.FieldKind;
import uk.frontdoor.language.LanguageGuard;
import uk.frontdoor.security.Roles;
import uk.frontdoor.threshold.Pathways;
import uk.frontdoor.validation.FieldProblem;
import uk.frontdoor.validation.FormValues;

/**
 * Records a strategy discussion, held by a front door manager with the police and health at
 * least, and what it decided.
 */
@Component("recordStrategyDiscussion")
class RecordStrategyDiscussion implements ExecutionListener {

  static final String FORM = "strategy-discussion";

  private final OutcomeStore store;
  private final Actor actor;
  private final Clock clock;
  private final LanguageGuard language;

  RecordStrategyDiscussion(OutcomeStore store, Actor actor, Clock clock, LanguageGuard language) {
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
    if (actor.isPersonOutside(Roles.CRS_MANAGERS)) {
      values.problems().add(FieldProblem.PERSON, "only a manager of the front door can record a strategy discussion");
    }
    UUID contactId = ChildJourneyProcess.contactId(execution);
    if (store.childrenWithOutcome(contactId, List.of(Pathways.STRATEGY_DISCUSSION)).isEmpty()) {
      // a task started by hand (e.g. a Cockpit modification) must not record a discussion nobody decided on
      values.problems().add(FollowOn.STRATEGY_OUTCOME, "no child of this contact has a strategy discussion as "
          + "the outcome signed off by a manager, so none can be recorded");
    }
    String outcome = values.choice(FollowOn.STRATEGY_OUTCOME, FollowOn.STRATEGY_OUTCOMES,
        "choose what the strategy discussion decided");
    String participants = values.requiredText(FollowOn.STRATEGY_PARTICIPANTS, 1, 2000,
        "write who took part, with their agency");
    if (participants != null) {
      String lower = participants.toLowerCase(Locale.UK);
      if (!lower.contains("police") || !lower.contains("health")) {
        values.problems().add(FollowOn.STRATEGY_PARTICIPANTS,
            "a strategy discussion includes the police and health at least: name who took part for each");
      }
    }
    String note = values.requiredText(FollowOn.STRATEGY_NOTE, 1, 4000,
        "write what was discussed and why this was decided");
    values.throwIfAny("The strategy discussion cannot be recorded yet");
    store.followOn(contactId, null,
        FollowOn.STRATEGY_DISCUSSION, outcome, note, participants, actor.userId(), clock.instant());
    values.removeFromProcess();
  }
}
