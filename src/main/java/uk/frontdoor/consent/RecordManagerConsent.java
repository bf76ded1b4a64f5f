package uk.frontdoor.consent;

import static uk.frontdoor.consent.ConsentVocabulary.NOT_SOUGHT;
import static uk.frontdoor.consent.ConsentVocabulary.PROCEED_WITHOUT_CONSENT;
import static uk.frontdoor.consent.ConsentVocabulary.REFUSED;
import static uk.frontdoor.consent.ConsentVocabulary.RESPECT_REFUSAL;
import static uk.frontdoor.consent.ConsentVocabulary.SEEK_CONSENT;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.consent.ConsentDecisions.ConsentDecision;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.journey.ChildJourneyProcess.ConsentRoute;
import uk.frontdoor.journey.ChildJourneyProcess.DecisionStep;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.language.FieldKind;
import uk.frontdoor.language.LanguageGuard;
import uk.frontdoor.security.Roles;
import uk.frontdoor.validation.FormValues;

/**
 * Checks and records a CRS manager's decision on a refused or unsought consent.
 *
 * <p>Sharing without consent is lawful only on the three grounds (risk of significant harm,
 * prejudice to the prevention or detection of serious crime, unjustified delay in enquiries about
 * significant harm), and then under the Data Protection Act 2018 Schedule 1 paragraph 18. It is
 * a manager's decision, and not the decision of the manager who made the practitioner's one.
 */
@Component("recordManagerConsent")
class RecordManagerConsent implements ExecutionListener {

  static final String FORM = "manager-consent-decision";

  static final String DECISION = "managerConsentDecision";
  static final String GROUNDS = "overrideGrounds";
  static final String RATIONALE = "managerConsentRationale";
  static final String VOLUNTARY_SUPPORT = "voluntarySupportOffered";
  static final List<String> FIELDS = List.of(DECISION, GROUNDS, RATIONALE, VOLUNTARY_SUPPORT);

  private final ConsentDecisions decisions;
  private final Actor actor;
  private final LanguageGuard language;

  RecordManagerConsent(ConsentDecisions decisions, Actor actor, LanguageGuard language) {
    this.decisions = decisions;
    this.actor = actor;
    this.language = language;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    UUID contactId = ChildJourneyProcess.contactId(execution);
    ConsentDecision practitioners = decisions.latestByPractitioner(contactId).orElseThrow(
        () -> new IllegalStateException("No practitioner's consent decision for contact " + contactId));
    FormValues values = new FormValues(execution, language.forForm(FORM, FieldKind.CONSENT));
    String decidedBy = actor.userId();
    if (actor.isPersonOutside(Roles.CRS_MANAGERS)) {
      values.problems().add(DECISION, "only a Children's Referral Service team manager can decide on consent "
          + "that was refused or not sought");
    }
    if (decidedBy != null && Objects.equals(decidedBy, practitioners.decidedBy())) {
      values.problems().add(DECISION, "you recorded the practitioner's consent decision on this contact: "
          + "another manager must decide on it");
    }
    String decision = values.choice(DECISION, ConsentVocabulary.MANAGER_DECISIONS,
        "choose whether to proceed without consent, respect the refusal, or ask the practitioner to seek consent");
    String grounds = null;
    String voluntarySupport = null;
    if (PROCEED_WITHOUT_CONSENT.equals(decision)) {
      grounds = values.choice(GROUNDS, ConsentVocabulary.GROUNDS,
          "choose the grounds for proceeding without consent: only these three allow it");
    } else if (RESPECT_REFUSAL.equals(decision)) {
      if (!REFUSED.equals(practitioners.status())) {
        values.problems().add(DECISION, "consent was not refused, it was not sought: there is no refusal to "
            + "respect. Proceed without consent on one of the grounds, or ask the practitioner to seek it");
      }
      voluntarySupport = values.requiredText(VOLUNTARY_SUPPORT, 20, 2000,
          "write the voluntary support offered to the family");
    } else if (SEEK_CONSENT.equals(decision) && !NOT_SOUGHT.equals(practitioners.status())) {
      values.problems().add(DECISION, "consent was already sought and refused: proceed without consent on one "
          + "of the grounds, or respect the refusal");
    }
    String rationale = values.requiredText(RATIONALE, 20, 4000, "write why you decided this");
    values.throwIfAny("The manager's consent decision cannot be recorded yet");

    boolean respected = RESPECT_REFUSAL.equals(decision);
    ConsentDecision managers = new ConsentDecision(practitioners.status(), practitioners.givenBy(),
        practitioners.givenByName(), grounds, practitioners.significantHarmConcern(), voluntarySupport,
        rationale, decidedBy);
    decisions.insert(contactId, managers,
        PROCEED_WITHOUT_CONSENT.equals(decision) ? ConsentVocabulary.LAWFUL_BASIS_SAFEGUARDING : null,
        decision, respected, ConsentVocabulary.MANAGER);
    values.removeFromProcess();
    FIELDS.forEach(execution::removeVariable);
    execution.removeVariable(RecordConsent.PRACTITIONER_DECISION);

    switch (decision) {
      case PROCEED_WITHOUT_CONSENT -> execution.setVariable(Var.CONSENT_ROUTE, ConsentRoute.SHARE);
      case RESPECT_REFUSAL -> {
        execution.setVariable(Var.CONSENT_ROUTE, ConsentRoute.CLOSE);
        execution.setVariable(Var.DECISION_STEP, DecisionStep.CONSENT);
      }
      default -> execution.setVariable(Var.CONSENT_ROUTE, ConsentRoute.SEEK);
    }
  }
}
