package uk.frontdoor.screening;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.journey.ChildJourneyProcess.DecisionStep;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.language.FieldKind;
import uk.frontdoor.language.LanguageGuard;
import uk.frontdoor.urgency.UrgencyChange;
import uk.frontdoor.security.Roles;
import uk.frontdoor.validation.FieldProblem;
import uk.frontdoor.validation.FormValues;

/**
 * Checks and records a screening decision when the practitioner completes "Screen the contact".
 *
 * <p>A re-referral always goes to full partner agency checks (audit finding: re-referrals were
 * decided without them), so the server refuses any other decision for one, whatever the form or
 * a direct REST call sends.
 */
@Component("recordScreening")
class RecordScreening implements ExecutionListener {

  static final String FORM = "screen-contact";

  static final String MASH_CHECKS = "mash-checks";
  static final String NO_FURTHER_ACTION = "no-further-action";
  static final String INFORMATION_AND_ADVICE = "information-and-advice";
  static final List<String> DECISIONS = List.of(MASH_CHECKS, NO_FURTHER_ACTION, INFORMATION_AND_ADVICE);
  static final List<String> RAGS = List.of("red", "amber", "green");

  static final String DECISION = "screeningDecision";
  static final String RATIONALE = "screeningRationale";
  static final String RAG_CHANGE = "ragChange";
  static final String RAG_CHANGE_REASON = "ragChangeReason";

  private final ScreeningDecisions decisions;
  private final UrgencyChange urgencyChange;
  private final Actor actor;
  private final LanguageGuard language;

  RecordScreening(ScreeningDecisions decisions, UrgencyChange urgencyChange, Actor actor, LanguageGuard language) {
    this.decisions = decisions;
    this.urgencyChange = urgencyChange;
    this.actor = actor;
    this.language = language;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String contactId = (String) execution.getVariable(Var.CONTACT_ID);
    boolean reReferral = Boolean.TRUE.equals(execution.getVariable(Var.RE_REFERRAL));
    String currentRag = (String) execution.getVariable(Var.RAG);

    FormValues values = new FormValues(execution, language.forForm(FORM, FieldKind.STAFF_WRITING));
    if (actor.isPersonOutside(Roles.CRS_PRACTITIONERS, Roles.CRS_MANAGERS)) {
      values.problems().add(FieldProblem.PERSON, "only a practitioner or manager of the front door can screen a contact");
    }
    String decision = values.choice(DECISION, DECISIONS,
        "choose whether the contact needs partner agency checks, or closes with no further action or "
            + "information and advice");
    String rationale = values.requiredText(RATIONALE, 20, 4000,
        "write why you made this decision, in plain words");
    String newRag = values.optionalChoice(RAG_CHANGE, RAGS);
    boolean ragChanged = newRag != null && !Objects.equals(newRag, currentRag);
    String ragReason = ragChanged
        ? values.requiredText(RAG_CHANGE_REASON, 1, 2000, "write why the urgency changes from "
            + (currentRag == null ? "the proposal" : currentRag) + " to " + newRag)
        : values.text(RAG_CHANGE_REASON, 2000);
    if (reReferral && decision != null && !MASH_CHECKS.equals(decision)) {
      values.problems().add(DECISION, "this contact is a re-referral: a child was referred "
          + "within the last 12 months, so it always goes to partner agency checks. Choose partner agency "
          + "checks");
    }
    values.throwIfAny("The screening decision cannot be recorded yet");

    String decidedBy = actor.userId();
    decisions.insert(UUID.fromString(contactId), decision, rationale, reReferral, decidedBy);
    if (ragChanged) {
      urgencyChange.change(execution, contactId, newRag, ragReason, decidedBy);
    }
    values.removeFromProcess();
    execution.setVariable(Var.SCREENING_ROUTE, decision);
    if (!MASH_CHECKS.equals(decision)) {
      execution.setVariable(Var.DECISION_STEP, DecisionStep.SCREENING);
    }
  }
}
