package uk.frontdoor.oversight;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.security.Roles;
import uk.frontdoor.validation.FormValues;
import uk.frontdoor.language.FieldKind;
import uk.frontdoor.language.LanguageGuard;

/**
 * Checks and records a manager's oversight: every decision that leaves the service is signed off
 * by a CRS manager who did not make it, with risks, strengths, analysis and rationale, or sent
 * back with a reason to the step that made it.
 */
@Component("recordOversight")
class RecordOversight implements ExecutionListener {

  static final String FORM = "management-oversight";

  static final String APPROVE = "approve";
  static final String SEND_BACK = "send-back";
  static final String DECISION = "oversightDecision";
  static final String RISKS = "risks";
  static final String STRENGTHS = "strengths";
  static final String ANALYSIS = "analysis";
  static final String RATIONALE = "rationale";
  static final String SEND_BACK_REASON = "sendBackReason";
  static final List<String> FIELDS = List.of(DECISION, RISKS, STRENGTHS, ANALYSIS, RATIONALE, SEND_BACK_REASON);

  private final DecisionsSignedOff decisions;
  private final JdbcClient jdbc;
  private final Actor actor;
  private final Clock clock;

  private final LanguageGuard language;

  RecordOversight(DecisionsSignedOff decisions, JdbcClient jdbc, Actor actor, Clock clock, LanguageGuard language) {
    this.language = language;
    this.decisions = decisions;
    this.jdbc = jdbc;
    this.actor = actor;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    UUID contactId = UUID.fromString((String) execution.getVariable(Var.CONTACT_ID));
    String step = (String) execution.getVariable(Var.DECISION_STEP);
    if (step == null) {
      throw new IllegalStateException("Oversight of contact " + contactId + " without a decision step to sign off");
    }
    FormValues values = new FormValues(execution, language.forForm(FORM, FieldKind.OVERSIGHT));
    String manager = actor.userId();
    if (actor.isPerson() && !actor.isIn(Roles.CRS_MANAGERS)) {
      values.problems().add(DECISION, "only a Children's Referral Service team manager can sign off a decision");
    }
    if (manager != null && decisions.practitionersWhoDecided(contactId).contains(manager)) {
      values.problems().add(DECISION, "you made a decision on this contact: another manager must sign it off");
    }
    String decision = values.choice(DECISION, List.of(APPROVE, SEND_BACK),
        "choose whether you approve the decision or send it back");
    String risks = null;
    String strengths = null;
    String analysis = null;
    String rationale = null;
    String sendBackReason = null;
    if (APPROVE.equals(decision)) {
      risks = values.requiredText(RISKS, 20, 4000, "write the risks to the child");
      strengths = values.requiredText(STRENGTHS, 20, 4000, "write the strengths in the child's family and network");
      analysis = values.requiredText(ANALYSIS, 20, 4000, "write your analysis of what the child's life is like");
      rationale = values.requiredText(RATIONALE, 20, 4000, "write why this decision is right for the child");
    } else if (SEND_BACK.equals(decision)) {
      sendBackReason = values.requiredText(SEND_BACK_REASON, 20, 4000,
          "write what needs more work before you can sign it off");
    }
    values.throwIfAny("The management oversight cannot be recorded yet");

    boolean approved = APPROVE.equals(decision);
    jdbc.sql("""
        insert into oversight_record (id, contact_id, decision_step, approved, threshold_summary, risks, strengths,
          analysis, rationale, send_back_reason, manager, signed_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), contactId, step, approved, clip(decisions.summary(contactId)), risks,
            strengths, analysis, rationale, sendBackReason, manager,
            OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
        .update();
    values.removeFromProcess();
    FIELDS.forEach(execution::removeVariable);
    execution.removeVariable(PrepareOversight.SUMMARY);
    execution.setVariable(Var.OVERSIGHT_APPROVED, approved);
  }

  private static String clip(String text) {
    return text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
  }
}
