package uk.frontdoor.oversight;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
import uk.frontdoor.validation.Problems;
import uk.frontdoor.validation.TextCheck;

/**
 * Checks and records a manager's sign-off of the decision for the contact: approved, with the
 * rationale naming the decision and the next steps (each with an owner and a timescale), then each
 * child's section of the proforma as its own step ({@link RecordChildOversight}); or sent back with
 * a reason to the step that made it. Every decision that leaves the service is signed off by a CRS
 * manager who did not make it.
 */
@Component("recordOversight")
class RecordOversight implements ExecutionListener {

  static final String FORM = "management-oversight";

  static final String APPROVE = "approve";
  static final String SEND_BACK = "send-back";
  static final String DECISION = "oversightDecision";
  static final String RATIONALE = Proforma.RATIONALE;
  static final String SEND_BACK_REASON = "sendBackReason";
  /** The form's "add another next step" boxes, which only show the next step's fields. */
  static final List<String> ADD_STEP = List.of("addStep2", "addStep3");

  private final DecisionsSignedOff decisions;
  private final OversightRecords records;
  private final OversightDrafts drafts;
  private final QualityRules rules;
  private final ManagerNames names;
  private final Actor actor;
  private final Clock clock;
  private final LanguageGuard language;

  RecordOversight(DecisionsSignedOff decisions, OversightRecords records, OversightDrafts drafts, QualityRules rules,
      ManagerNames names, Actor actor, Clock clock, LanguageGuard language) {
    this.decisions = decisions;
    this.records = records;
    this.drafts = drafts;
    this.rules = rules;
    this.names = names;
    this.actor = actor;
    this.clock = clock;
    this.language = language;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    UUID contactId = ChildJourneyProcess.contactId(execution);
    String step = (String) execution.getVariable(Var.DECISION_STEP);
    if (step == null) {
      throw new IllegalStateException("Oversight of contact " + contactId + " without a decision step to sign off");
    }
    TextCheck writing = language.forForm(FORM, FieldKind.OVERSIGHT);
    FormValues values = new FormValues(execution, writing);
    String manager = actor.userId();
    refuseUnlessAnotherManager(actor, decisions, values.problems(), DECISION, contactId);
    String decision = values.choice(DECISION, List.of(APPROVE, SEND_BACK),
        "choose whether you approve the decision or send it back");
    List<SignedDecision> signed = decisions.signedAt(contactId, step, decisions.children(contactId));
    Proforma.Content content = null;
    String sendBackReason = null;
    if (APPROVE.equals(decision)) {
      content = new Proforma(rules, writing, values.problems()).signOff(execution.getVariable(RATIONALE),
          Proforma.slots(n -> execution.getVariable(Proforma.stepSlot(n)), Proforma.STEP_SLOTS), signed);
      if (manager == null && signed.stream().anyMatch(SignedDecision::notProgressed)) {
        values.problems().add(DECISION, "a decision not to progress is signed off by a named manager: sign in first");
      }
    } else if (SEND_BACK.equals(decision)) {
      String whatToWrite = "write what needs more work before you can sign it off";
      sendBackReason = values.requiredText(SEND_BACK_REASON, 20, 4000, whatToWrite);
      if (rules.isPlaceholder(sendBackReason)) {
        values.problems().add(SEND_BACK_REASON, "'" + sendBackReason + "' says nothing: " + whatToWrite);
      }
    }
    values.throwIfAny("The management oversight cannot be recorded yet");

    boolean approved = APPROVE.equals(decision);
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    if (approved) {
      // the record is written once every child has their section (RecordSignedOversight)
      drafts.signOff(contactId, new OversightDrafts.SignOff(step, content.rationale(), content.nextSteps(), manager,
          names.fullName(manager), now));
    } else {
      records.insert(new OversightRecords.NewRecord(contactId, step, false, decisions.summary(contactId), null,
          signed, sendBackReason, manager, names.fullName(manager), now, null, null));
    }
    values.removeFromProcess();
    List.of(DECISION, RATIONALE, SEND_BACK_REASON, PrepareOversight.SUMMARY, PrepareOversight.DECISIONS_TO_NAME)
        .forEach(execution::removeVariable);
    ADD_STEP.forEach(execution::removeVariable);
    for (int n = 1; n <= Proforma.STEP_SLOTS; n++) {
      execution.removeVariable(Proforma.stepSlot(n));
    }
    execution.setVariable(Var.OVERSIGHT_APPROVED, approved);
  }

  /** Only a team manager signs off, and never one who made a decision on the contact. */
  static void refuseUnlessAnotherManager(Actor actor, DecisionsSignedOff decisions, Problems problems, String field,
      UUID contactId) {
    if (actor.isPersonOutside(Roles.CRS_MANAGERS)) {
      problems.add(field, "only a Children's Referral Service team manager can sign off a decision");
    }
    String manager = actor.userId();
    // also refused at claim by a per-task authorization (FourEyes); this catches any way round it
    if (manager != null && decisions.practitionersWhoDecided(contactId).contains(manager)) {
      problems.add(field, FourEyesRefusals.youMade(decisions.decisionsBy(contactId, manager)));
    }
  }
}
