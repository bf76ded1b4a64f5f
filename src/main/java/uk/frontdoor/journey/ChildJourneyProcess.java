package uk.frontdoor.journey;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Everything the code knows about the {@code child-journey} model: its key, the element ids it
 * refers to and the process variables it routes on. Nothing else spells these names.
 *
 * <p>The process keeps only ids and the values its gateways read; what was decided, by whom and
 * why lives in the service's own tables.
 */
public final class ChildJourneyProcess {

  public static final String KEY = "child-journey";
  public static final String RESOURCE = "child-journey.bpmn";

  /**
   * Process variables. Those a gateway or guard routes on are written only by the service's
   * listeners, after the decision is stored: no form has a field of the same name, so no
   * submission can set one ({@code JourneyRoutingFactsTest}).
   */
  public static final class Var {
    public static final String CONTACT_ID = "contactId";
    public static final String CONTACT_REFERENCE = "contactReference";
    /** Any child of the contact had a referral within the re-referral window. */
    public static final String RE_REFERRAL = "reReferral";
    /** The decision table's result, read once by the urgency recorder and then removed. */
    public static final String URGENCY = "urgency";
    public static final String RAG = "rag";
    /** When the decision on the type of response is due (a Date): tasks' due dates and the escalation timer. */
    public static final String DECISION_DUE = "decisionDue";
    /** The same due time as people in England read it, for the forms: "26 November 2026, 13:00". */
    public static final String DECISION_DUE_TEXT = "decisionDueText";
    /** The recorded screening decision: mash-checks, no-further-action or information-and-advice. */
    public static final String SCREENING_ROUTE = "screeningRoute";
    /** share (go to partner agency checks), manager (a manager decides), close (refusal respected), seek. */
    public static final String CONSENT_ROUTE = "consentRoute";
    /** The step a manager sends the contact back to: screening, consent or threshold. */
    public static final String DECISION_STEP = "decisionStep";
    public static final String OVERSIGHT_APPROVED = "oversightApproved";
    /** Multi-instance element variables. */
    public static final String AGENCY = "agency";
    public static final String CHILD_ID = "childId";
    /** A manager's recorded decision to proceed without an overdue agency check (local to that check). */
    public static final String PROCEEDING_WITHOUT_AGENCY = "proceedingWithoutAgency";
    /** When the referrer must be told the outcome (a Date). */
    public static final String REFERRER_DUE = "referrerDue";
    /** When each allocated assessment must be complete (a Date): 45 working days from the referral. */
    public static final String ASSESSMENT_DUE = "assessmentDue";

    private Var() {
    }
  }

  /** Values of {@link Var#CONSENT_ROUTE}. */
  public static final class ConsentRoute {
    public static final String SHARE = "share";
    public static final String MANAGER = "manager";
    public static final String CLOSE = "close";
    public static final String SEEK = "seek";

    private ConsentRoute() {
    }
  }

  /** Values of {@link Var#DECISION_STEP}. */
  public static final class DecisionStep {
    public static final String SCREENING = "screening";
    public static final String CONSENT = "consent";
    public static final String THRESHOLD = "threshold";

    private DecisionStep() {
    }
  }

  /** Element ids of the model. */
  public static final class Element {
    public static final String START = "StartEvent_ContactReceived";
    public static final String CHECK_HISTORY = "Task_CheckHistory";
    public static final String PROPOSE_URGENCY = "Task_ProposeUrgency";
    public static final String DECIDE_RESPONSE = "SubProcess_DecideResponse";
    public static final String DECISION_OVERDUE = "BoundaryEvent_DecisionOverdue";
    public static final String REVIEW_OVERDUE_DECISION = "Task_ReviewOverdueDecision";
    public static final String SCREEN_CONTACT = "Task_ScreenContact";
    public static final String RECORD_CONSENT = "Task_RecordConsent";
    public static final String DECIDE_CONSENT_AS_MANAGER = "Task_DecideConsentAsManager";
    public static final String MASH_CHECKS_START = "Gateway_MashChecksStart";
    public static final String AGENCY_CHECK = "SubProcess_AgencyCheck";
    public static final String CHECK_AGENCY_RECORDS = "Task_CheckAgencyRecords";
    public static final String AGENCY_CHECK_OVERDUE = "BoundaryEvent_AgencyCheckOverdue";
    public static final String REVIEW_OVERDUE_AGENCY_CHECK = "Task_ReviewOverdueAgencyCheck";
    public static final String CHECK_COUNCIL_RECORDS = "Task_CheckCouncilRecords";
    public static final String THRESHOLD_PER_CHILD = "SubProcess_ThresholdPerChild";
    public static final String APPLY_PATHWAYS = "Task_ApplyPathways";
    public static final String PROPOSE_PATHWAY = "Task_ProposePathway";
    public static final String DECIDE_PATHWAY = "Task_DecidePathway";
    /** The manager's sign-off for the contact; then one step per child, then the signed record. */
    public static final String MANAGEMENT_OVERSIGHT = "Task_ManagementOversight";
    public static final String OVERSIGHT_FOR_CHILD = "Task_OversightForChild";
    public static final String RECORD_SIGNED_OVERSIGHT = "Task_RecordSignedOversight";
    public static final String DECISION_MADE = "EndEvent_DecisionMade";
    public static final String RECORD_OUTCOME = "Task_RecordOutcome";
    public static final String TELL_REFERRER = "Task_TellReferrer";
    public static final String HOLD_STRATEGY_DISCUSSION = "Task_HoldStrategyDiscussion";
    public static final String ALLOCATE_ASSESSMENT = "Task_AllocateAssessment";
    public static final String OFFER_BRIEF_INTERVENTION = "Task_OfferBriefIntervention";
    public static final String JOURNEY_COMPLETE = "EndEvent_JourneyComplete";

    private Element() {
    }
  }

  /** The contact this journey is about, as its {@link Var#CONTACT_ID} holds it. */
  public static UUID contactId(VariableScope scope) {
    return UUID.fromString((String) scope.getVariable(Var.CONTACT_ID));
  }

  /** The child of this multi-instance scope, as its {@link Var#CHILD_ID} holds it. */
  public static UUID childId(VariableScope scope) {
    return UUID.fromString((String) scope.getVariable(Var.CHILD_ID));
  }

  private ChildJourneyProcess() {
  }
}
