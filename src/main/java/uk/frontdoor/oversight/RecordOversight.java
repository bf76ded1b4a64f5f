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
import uk.frontdoor.validation.TextCheck;

/**
 * Checks and records a manager's oversight: every decision that leaves the service is signed off
 * by a CRS manager who did not make it, on the proforma (a section per child: level and
 * indicators, risks, strengths, analysis, the child's voice; the rationale naming the decision;
 * next steps with an owner and a timescale), or sent back with a reason to the step that made it.
 */
@Component("recordOversight")
class RecordOversight implements ExecutionListener {

  static final String FORM = "management-oversight";

  static final String APPROVE = "approve";
  static final String SEND_BACK = "send-back";
  static final String DECISION = "oversightDecision";
  static final String RATIONALE = Proforma.RATIONALE;
  static final String CHILDREN = Proforma.CHILDREN;
  static final String NEXT_STEPS = Proforma.NEXT_STEPS;
  static final String SEND_BACK_REASON = "sendBackReason";

  private final DecisionsSignedOff decisions;
  private final OversightRecords records;
  private final QualityRules rules;
  private final ManagerNames names;
  private final Actor actor;
  private final Clock clock;
  private final LanguageGuard language;

  RecordOversight(DecisionsSignedOff decisions, OversightRecords records, QualityRules rules, ManagerNames names,
      Actor actor, Clock clock, LanguageGuard language) {
    this.decisions = decisions;
    this.records = records;
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
    if (actor.isPersonOutside(Roles.CRS_MANAGERS)) {
      values.problems().add(DECISION, "only a Children's Referral Service team manager can sign off a decision");
    }
    // also refused at claim by a per-task authorization (FourEyes); this catches any way round it
    if (manager != null && decisions.practitionersWhoDecided(contactId).contains(manager)) {
      values.problems().add(DECISION, "you made a decision on this contact: another manager must sign it off");
    }
    String decision = values.choice(DECISION, List.of(APPROVE, SEND_BACK),
        "choose whether you approve the decision or send it back");
    List<Proforma.ChildToSign> children = decisions.children(contactId);
    List<SignedDecision> signed = decisions.signedAt(contactId, step, children);
    Proforma.Content content = null;
    String sendBackReason = null;
    if (APPROVE.equals(decision)) {
      content = new Proforma(rules, writing, values.problems()).read(
          Proforma.listOrSlots(execution.getVariable(CHILDREN),
              n -> execution.getVariable(Proforma.childSlot(n)), Proforma.CHILD_SLOTS),
          execution.getVariable(RATIONALE),
          Proforma.listOrSlots(execution.getVariable(NEXT_STEPS),
              n -> execution.getVariable(Proforma.stepSlot(n)), Proforma.STEP_SLOTS),
          children, signed);
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
    records.insert(new OversightRecords.NewRecord(contactId, step, approved, decisions.summary(contactId), content,
        signed, sendBackReason, manager, names.fullName(manager),
        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), null, null));
    values.removeFromProcess();
    List.of(DECISION, RATIONALE, CHILDREN, NEXT_STEPS, SEND_BACK_REASON, PrepareOversight.SUMMARY)
        .forEach(execution::removeVariable);
    for (int n = 1; n <= Proforma.CHILD_SLOTS; n++) {
      execution.removeVariable(Proforma.childSlot(n));
    }
    for (int n = 1; n <= Proforma.STEP_SLOTS; n++) {
      execution.removeVariable(Proforma.stepSlot(n));
    }
    execution.setVariable(Var.OVERSIGHT_APPROVED, approved);
  }
}
