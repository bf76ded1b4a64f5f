package uk.frontdoor.mash;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.language.FieldKind;
import uk.frontdoor.language.LanguageGuard;
import uk.frontdoor.security.Roles;
import uk.frontdoor.validation.FormValues;

/**
 * A manager decides about a partner agency check that missed the decision deadline: chase the
 * agency (its task stays open) or proceed without it, saying why. An unanswered check is never
 * silently skipped: proceeding without it is recorded as that agency's check, with the reason.
 *
 * <p>Sets {@code proceedingWithoutAgency} on this check only (a local variable), so two agencies
 * escalated at once cannot overwrite each other's answer.
 */
@Component("recordAgencyEscalation")
class RecordAgencyEscalation implements ExecutionListener {

  static final String FORM = "agency-check-overdue";

  static final String KIND = "agency-check";
  static final String PROCEED_WITHOUT = "proceed-without";
  static final String CHASED = "chased";
  static final String PROCEED = "proceedWithoutAgency";
  static final String NOTE = "escalationNote";

  private final MashAgencies agencies;
  private final MashRecords records;
  private final Actor actor;
  private final Clock clock;
  private final LanguageGuard language;

  RecordAgencyEscalation(MashAgencies agencies, MashRecords records, Actor actor, Clock clock, LanguageGuard language) {
    this.agencies = agencies;
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
    String agency = (String) execution.getVariable(Var.AGENCY);
    FormValues values = new FormValues(execution, language.forForm(FORM, FieldKind.STAFF_WRITING));
    boolean proceed = values.bool(PROCEED, true,
        "choose whether to proceed without the " + agencies.name(agency) + " check or to chase it");
    String note = values.requiredText(NOTE, 20, 4000, proceed
        ? "write why it is safe to proceed without this check"
        : "write how and when the agency was chased");
    if (actor.isPersonOutside(Roles.CRS_MANAGERS)) {
      values.problems().add(PROCEED, "only a team manager can decide about an overdue check");
    }
    values.throwIfAny("The overdue " + agencies.name(agency) + " check cannot be recorded");
    UUID contactId = ChildJourneyProcess.contactId(execution);
    Instant now = Instant.now(clock);
    records.escalation(contactId, KIND, agency, proceed ? PROCEED_WITHOUT : CHASED, note, actor.userId(), now);
    if (proceed) {
      records.check(contactId, agency, false, MashChecks.PROCEEDED_WITHOUT,
          "A manager decided to proceed without this check: " + note, actor.userId(), now);
    }
    values.removeFromProcess();
    execution.setVariableLocal(Var.PROCEEDING_WITHOUT_AGENCY, proceed);
  }
}
