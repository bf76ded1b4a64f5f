package uk.frontdoor.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.audit.AuditStore.Audit;
import uk.frontdoor.clock.WorkingCalendar;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.language.FieldKind;
import uk.frontdoor.language.LanguageGuard;
import uk.frontdoor.validation.FormValues;

/**
 * Checks and records a second auditor's moderation: any grade may change, with a reason; every
 * change is kept with the grade before it. The moderated overall grade decides the follow-up.
 */
@Component("recordModeration")
class RecordModeration implements ExecutionListener {

  static final String FORM = "audit-moderation";

  private final PeerAuditors peers;
  private final AuditStore store;
  private final LanguageGuard languageGuard;
  private final AuditSettings settings;
  private final WorkingCalendar calendar;
  private final Actor actor;
  private final Clock clock;

  RecordModeration(PeerAuditors peers, AuditStore store, LanguageGuard languageGuard, AuditSettings settings,
      WorkingCalendar calendar, Actor actor, Clock clock) {
    this.peers = peers;
    this.store = store;
    this.languageGuard = languageGuard;
    this.settings = settings;
    this.calendar = calendar;
    this.actor = actor;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Audit audit = peers.audit(execution.getVariable(AuditVocabulary.AUDIT_ID));
    FormValues values = new FormValues(execution, languageGuard.forForm(FORM, FieldKind.STAFF_WRITING));
    peers.check(values.problems(), AuditVocabulary.OVERALL, audit, true);
    Map<String, String> grades = RecordAudit.grades(values);
    String reason = values.text(AuditVocabulary.MODERATION_REASON, 4000);
    boolean changed = grades.entrySet().stream()
        .anyMatch(e -> e.getValue() != null && !e.getValue().equals(audit.grades().get(e.getKey())));
    if (changed && (reason == null || reason.length() < 20)) {
      values.problems().add(AuditVocabulary.MODERATION_REASON,
          "write why you changed the grade (at least 20 characters)");
    }
    values.throwIfAny("The moderation cannot be recorded yet");

    Instant now = clock.instant();
    boolean followUp = AuditVocabulary.NEEDS_FOLLOW_UP.contains(grades.get(AuditVocabulary.OVERALL));
    Instant due = !followUp ? null
        : audit.followUpDueAt() != null ? audit.followUpDueAt()
        : calendar.addWorkingDays(now, settings.followUpWorkingDays());
    store.recordModeration(audit.id(), audit.grades(), grades, reason, actor.userId(), due, now);
    values.removeFromProcess();
    execution.setVariable(AuditVocabulary.FOLLOW_UP_NEEDED, followUp);
    execution.setVariable(AuditVocabulary.GRADES_SUMMARY, RecordAudit.describe(grades));
  }
}
