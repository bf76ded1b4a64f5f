package uk.frontdoor.oversight;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.language.FieldKind;
import uk.frontdoor.language.LanguageGuard;
import uk.frontdoor.validation.Problems;

/**
 * Checks and keeps one child's section of the proforma (level and indicators, risks, strengths,
 * analysis, the child's voice), written by a team manager who made no decision on the contact.
 * The signed record is written when the last child's section is in ({@link RecordSignedOversight}).
 */
@Component("recordChildOversight")
class RecordChildOversight implements ExecutionListener {

  static final List<String> FIELDS = List.of(Proforma.LEVEL, Proforma.LEVEL_CHANGE_REASON, Proforma.INDICATORS,
      Proforma.RISKS, Proforma.STRENGTHS, Proforma.ANALYSIS, Proforma.CHILDS_VOICE);

  private final DecisionsSignedOff decisions;
  private final OversightDrafts drafts;
  private final QualityRules rules;
  private final ManagerNames names;
  private final Actor actor;
  private final Clock clock;
  private final LanguageGuard language;

  RecordChildOversight(DecisionsSignedOff decisions, OversightDrafts drafts, QualityRules rules, ManagerNames names,
      Actor actor, Clock clock, LanguageGuard language) {
    this.decisions = decisions;
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
    Proforma.ChildToSign child = PrepareChildOversight.childToSign(decisions, execution);
    Problems problems = new Problems();
    RecordOversight.refuseUnlessAnotherManager(actor, decisions, problems, Proforma.RISKS, contactId);
    SpinJsonNode entry = Spin.JSON("{}");
    for (String field : FIELDS) {
      Object value = execution.getVariable(field);
      if (value instanceof String text) {
        entry.prop(field, text);
      } else if (value != null) {
        problems.add(field, "should be text");
      }
    }
    Proforma.ChildSection section = new Proforma(rules, language.forForm(PrepareChildOversight.FORM,
        FieldKind.OVERSIGHT), problems).child(entry, child);
    problems.throwIfAny("The management oversight for " + child.name() + " cannot be recorded yet");

    String manager = actor.userId();
    drafts.child(contactId, section.by(new Proforma.Writer(manager, names.fullName(manager),
        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))));
    FIELDS.forEach(execution::removeVariable);
    List.of(PrepareChildOversight.CHILD_NAME, PrepareChildOversight.PROPOSED_LEVEL, PrepareChildOversight.PATHWAY)
        .forEach(execution::removeVariableLocal);
  }
}
