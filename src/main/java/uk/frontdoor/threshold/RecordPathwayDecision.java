package uk.frontdoor.threshold;

import java.time.Clock;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.journey.ChildJourneyProcess.DecisionStep;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.language.FieldKind;
import uk.frontdoor.language.LanguageGuard;
import uk.frontdoor.mash.MashChecks;
import uk.frontdoor.security.Roles;
import uk.frontdoor.validation.FieldProblem;
import uk.frontdoor.validation.FormValues;

/**
 * Checks and records the pathway chosen for one child. The server, not the form, holds the rules:
 * a departure from the proposal is explained, a strategy discussion needs a suspicion of
 * significant harm, a service the family must agree to needs their consent, and no pathway is
 * chosen while a partner agency's check is unanswered.
 */
@Component("recordPathwayDecision")
class RecordPathwayDecision implements ExecutionListener {

  static final String FORM = "decide-pathway";

  private final ThresholdStore store;
  private final MashChecks partnerChecks;
  private final Actor actor;
  private final Clock clock;
  private final LanguageGuard language;

  RecordPathwayDecision(ThresholdStore store, MashChecks partnerChecks, Actor actor, Clock clock, LanguageGuard language) {
    this.store = store;
    this.partnerChecks = partnerChecks;
    this.actor = actor;
    this.clock = clock;
    this.language = language;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    DelegateExecution child = ChildScope.of(execution);
    String contactId = (String) execution.getVariable(Var.CONTACT_ID);
    UUID childId = ChildJourneyProcess.childId(child);
    ThresholdStore.ThresholdRow row = store.latest(UUID.fromString(contactId), childId)
        .filter(found -> found.proposedPathway() != null)
        .orElseThrow(() -> new IllegalStateException("No proposed pathway is recorded for child " + childId));

    FormValues values = new FormValues(execution, language.forForm(FORM, FieldKind.THRESHOLD));
    if (actor.isPersonOutside(Roles.CRS_PRACTITIONERS, Roles.CRS_MANAGERS)) {
      values.problems().add(FieldProblem.PERSON, "only a practitioner or manager of the front door can decide the pathway");
    }
    String chosen = values.choice(Pathways.Field.CHOSEN_PATHWAY, Pathways.LABELS.keySet(), "choose a pathway");
    String departureReason;
    if (chosen != null && !chosen.equals(row.proposedPathway())) {
      departureReason = values.requiredText(Pathways.Field.DEPARTURE_REASON, 20, 4000,
          "write why you chose a different pathway from the one proposed ("
              + Pathways.LABELS.get(row.proposedPathway()) + ")");
    } else {
      departureReason = values.text(Pathways.Field.DEPARTURE_REASON, 4000);
    }
    if (Pathways.STRATEGY_DISCUSSION.equals(chosen) && !row.significantHarm()) {
      values.problems().add(Pathways.Field.CHOSEN_PATHWAY, "a strategy discussion can be chosen only when there is "
          + "reasonable cause to suspect significant harm; record that in the Pathways Document checklist first");
    }
    if (chosen != null && Pathways.NEED_CONSENT.contains(chosen) && !store.consentGiven(UUID.fromString(contactId))) {
      values.problems().add(Pathways.Field.CHOSEN_PATHWAY, Pathways.LABELS.get(chosen)
          + " needs the family's consent, and the latest consent decision is not consent given");
    }
    if (!partnerChecks.allAnswered(contactId)) {
      values.problems().add(Pathways.Field.CHOSEN_PATHWAY, "the partner agency checks are not complete: every "
          + "agency must answer, or a manager must record why the decision goes ahead without them");
    }
    values.throwIfAny("The pathway cannot be decided yet");

    store.decide(row.id(), chosen, departureReason, actor.userId(), clock.instant());
    execution.getProcessInstance().setVariable(Var.DECISION_STEP, DecisionStep.THRESHOLD);
    child.removeVariableLocal(Pathways.Field.PROPOSAL);
    child.removeVariableLocal(Pathways.Field.PROPOSED_PATHWAY);
    child.removeVariableLocal(Pathways.Field.CHILD_NAME);
    values.removeFromProcess();
  }
}
