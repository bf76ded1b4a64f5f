package uk.frontdoor.mash;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.language.FieldKind;
import uk.frontdoor.language.LanguageGuard;
import uk.frontdoor.validation.FormValues;

/**
 * Records what a partner agency's records show. Only that agency's officers may answer for it:
 * the candidate group is only a Tasklist queue, and anyone else allowed to complete the task (a
 * manager, an administrator, a direct REST call) is refused.
 */
@Component("recordAgencyCheck")
class RecordAgencyCheck implements ExecutionListener {

  static final String FORM = "agency-check";

  static final String OUTCOME = "agencyOutcome";
  static final String FINDINGS = "agencyFindings";

  private final MashAgencies agencies;
  private final MashRecords records;
  private final Actor actor;
  private final Clock clock;
  private final LanguageGuard language;

  RecordAgencyCheck(MashAgencies agencies, MashRecords records, Actor actor, Clock clock, LanguageGuard language) {
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
    String outcome = values.choice(OUTCOME, List.of(MashChecks.KNOWN, MashChecks.NOT_KNOWN),
        "choose whether the child or family is known to your agency");
    String findings = values.requiredText(FINDINGS, 10, 4000,
        "write what your records show, or confirm that you searched and found nothing");
    if (actor.isPersonOutside(agencies.group(agency))) {
      values.problems().add(OUTCOME, "only the " + agencies.name(agency) + " officers can answer this check");
    }
    values.throwIfAny("The " + agencies.name(agency) + " check cannot be recorded");
    records.check(ChildJourneyProcess.contactId(execution), agency, false, outcome, findings,
        actor.userId(), Instant.now(clock));
    values.removeFromProcess();
  }
}
