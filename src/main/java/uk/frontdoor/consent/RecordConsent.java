package uk.frontdoor.consent;

import static uk.frontdoor.consent.ConsentVocabulary.GIVEN;
import static uk.frontdoor.consent.ConsentVocabulary.NOT_SOUGHT;
import static uk.frontdoor.consent.ConsentVocabulary.REFUSED;

import java.util.List;
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
import uk.frontdoor.validation.FieldProblem;
import uk.frontdoor.validation.FormValues;

/**
 * Checks and records the practitioner's consent decision, and routes the contact.
 *
 * <p>Consent given: the partner agencies may share. Refused with no significant-harm concern: no
 * statutory service is imposed on the family; the contact closes with an offer of voluntary
 * support and counts for the consent-refusal analysis. Refused with a concern, or not sought:
 * only a manager may decide, on the grounds the law allows. The lawful basis is the server's to
 * set, never the form's.
 */
@Component("recordConsent")
class RecordConsent implements ExecutionListener {

  static final String FORM = "record-consent";

  static final String STATUS = "consentStatus";
  static final String FROM = "consentFrom";
  static final String FROM_NAME = "consentFromName";
  static final String SIGNIFICANT_HARM_CONCERN = "significantHarmConcern";
  static final String VOLUNTARY_SUPPORT = "voluntarySupportOffered";
  static final String GROUNDS = "overrideGrounds";
  static final String RATIONALE = "consentRationale";
  /** Display only: the manager's form shows what the practitioner decided. */
  static final String PRACTITIONER_DECISION = "practitionerConsentSummary";
  /** Every field of the form, also those a path did not read: the record lives in the table. */
  static final List<String> FIELDS = List.of(STATUS, FROM, FROM_NAME, SIGNIFICANT_HARM_CONCERN,
      VOLUNTARY_SUPPORT, GROUNDS, RATIONALE);

  private final ConsentDecisions decisions;
  private final Actor actor;
  private final LanguageGuard language;

  RecordConsent(ConsentDecisions decisions, Actor actor, LanguageGuard language) {
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
    FormValues values = new FormValues(execution, language.forForm(FORM, FieldKind.CONSENT));
    if (actor.isPersonOutside(Roles.CRS_PRACTITIONERS, Roles.CRS_MANAGERS)) {
      values.problems().add(FieldProblem.PERSON, "only a practitioner or manager of the front door can record consent");
    }
    String status = values.choice(STATUS, ConsentVocabulary.STATUSES,
        "choose whether consent was given, refused or not sought");
    String from = null;
    String fromName = null;
    if (GIVEN.equals(status) || REFUSED.equals(status)) {
      from = values.choice(FROM, ConsentVocabulary.FROM,
          "choose who " + (GIVEN.equals(status) ? "gave" : "refused")
              + " consent: a person with parental responsibility, or a child judged competent");
      fromName = values.requiredText(FROM_NAME, 1, 200, "write the name of the person who "
          + (GIVEN.equals(status) ? "gave" : "refused") + " consent");
    }
    boolean harmConcern = false;
    String voluntarySupport = null;
    String grounds = null;
    if (REFUSED.equals(status)) {
      int problemsBefore = values.problems().list().size();
      harmConcern = values.bool(SIGNIFICANT_HARM_CONCERN, true,
          "say whether there is a concern that the child may suffer significant harm");
      boolean answered = values.problems().list().size() == problemsBefore;
      if (answered && harmConcern) {
        grounds = values.choice(GROUNDS, ConsentVocabulary.GROUNDS,
            "choose the grounds on which a manager could share without consent");
      } else if (answered) {
        voluntarySupport = values.requiredText(VOLUNTARY_SUPPORT, 20, 2000,
            "write the voluntary support offered to the family");
      }
    } else if (NOT_SOUGHT.equals(status)) {
      grounds = values.choice(GROUNDS, ConsentVocabulary.GROUNDS,
          "consent may go unsought only when seeking it would put the child at increased risk of significant "
              + "harm, prejudice the prevention or detection of serious crime, or cause unjustified delay in "
              + "enquiries about significant harm: choose which applies");
      harmConcern = ConsentVocabulary.RISK_OF_SIGNIFICANT_HARM.equals(grounds)
          || ConsentVocabulary.UNJUSTIFIED_DELAY.equals(grounds);
    }
    String rationale = values.requiredText(RATIONALE, 20, 4000, "write why, and who decided");
    values.throwIfAny("The consent decision cannot be recorded yet");

    ConsentDecision decision = new ConsentDecision(status, from, fromName, grounds, harmConcern,
        voluntarySupport, rationale, actor.userId());
    boolean refusalRespected = REFUSED.equals(status) && !harmConcern;
    decisions.insert(contactId, decision, GIVEN.equals(status) ? ConsentVocabulary.LAWFUL_BASIS_CONSENT : null,
        null, refusalRespected, ConsentVocabulary.PRACTITIONER);
    values.removeFromProcess();
    FIELDS.forEach(execution::removeVariable);

    String route;
    if (GIVEN.equals(status)) {
      route = ConsentRoute.SHARE;
    } else if (refusalRespected) {
      route = ConsentRoute.CLOSE;
      execution.setVariable(Var.DECISION_STEP, DecisionStep.CONSENT);
    } else {
      route = ConsentRoute.MANAGER;
      execution.setVariable(PRACTITIONER_DECISION, summary(decision));
    }
    execution.setVariable(Var.CONSENT_ROUTE, route);
  }

  /** What the practitioner decided, in a sentence or two for the manager's form. */
  static String summary(ConsentDecision decision) {
    String what = REFUSED.equals(decision.status())
        ? "Consent was refused by " + decision.givenByName()
            + " (" + decision.givenBy().replace('-', ' ') + "), and there is a concern of significant harm."
        : "Consent was not sought.";
    String grounds = decision.grounds() == null ? ""
        : " Grounds proposed: " + ConsentVocabulary.groundWords(decision.grounds()) + ".";
    return what + grounds + " Why: " + decision.rationale()
        + (decision.decidedBy() == null ? "" : " (recorded by " + decision.decidedBy() + ")");
  }
}
