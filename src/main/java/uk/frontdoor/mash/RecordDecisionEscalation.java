package uk.frontdoor.mash;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.language.FieldKind;
import uk.frontdoor.language.LanguageGuard;
import uk.frontdoor.security.Roles;
import uk.frontdoor.validation.FormValues;

/**
 * A manager records what they did about a decision that missed its deadline. It never closes
 * anything: the decision carries on where it was.
 */
@Component("recordDecisionEscalation")
class RecordDecisionEscalation implements ExecutionListener {

  static final String FORM = "overdue-decision";

  static final String KIND = "decision";
  static final String ACTION = "escalationAction";
  static final String NOTE = "escalationNote";
  /** Give it to another practitioner; ask for the decision today; agree a new timescale. */
  static final List<String> ACTIONS = List.of("reallocate", "expedite", "agreed-new-timescale");

  private final MashRecords records;
  private final Actor actor;
  private final Clock clock;
  private final LanguageGuard language;

  RecordDecisionEscalation(MashRecords records, Actor actor, Clock clock, LanguageGuard language) {
    this.records = records;
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
    String action = values.choice(ACTION, ACTIONS, "choose what you have done about the overdue decision");
    String note = values.requiredText(NOTE, 20, 4000, "write why the decision is late and what happens next");
    if (actor.isPersonOutside(Roles.CRS_MANAGERS)) {
      values.problems().add(ACTION, "only a team manager can record this");
    }
    values.throwIfAny("The overdue decision cannot be recorded");
    records.escalation(ChildJourneyProcess.contactId(execution), KIND, null, action, note,
        actor.userId(), Instant.now(clock));
    values.removeFromProcess();
  }
}
