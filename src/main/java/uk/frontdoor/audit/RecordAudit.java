package uk.frontdoor.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
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
 * Checks and records a peer audit: every theme graded on Ofsted's four-point scale, comments
 * written, and the auditor a manager or auditor who did not work on the contact. An overall grade
 * of requires improvement or inadequate needs the team manager's follow-up, due in working days.
 */
@Component("recordAudit")
class RecordAudit implements ExecutionListener {

  static final String FORM = "audit-contact";

  private final PeerAuditors peers;
  private final AuditStore store;
  private final LanguageGuard languageGuard;
  private final AuditSettings settings;
  private final WorkingCalendar calendar;
  private final Actor actor;
  private final Clock clock;

  RecordAudit(PeerAuditors peers, AuditStore store, LanguageGuard languageGuard, AuditSettings settings,
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
    peers.check(values.problems(), AuditVocabulary.OVERALL, audit, false);
    Map<String, String> grades = grades(values);
    String comments = values.requiredText(AuditVocabulary.COMMENTS, 20, 4000,
        "write what you found, so the team can learn from it");
    values.throwIfAny("The audit cannot be recorded yet");

    Instant now = clock.instant();
    boolean followUp = AuditVocabulary.NEEDS_FOLLOW_UP.contains(grades.get(AuditVocabulary.OVERALL));
    store.recordGrades(audit.id(), actor.userId(), grades, comments,
        (String) execution.getVariable(AuditVocabulary.LANGUAGE_SUMMARY),
        followUp ? calendar.addWorkingDays(now, settings.followUpWorkingDays()) : null, now);
    values.removeFromProcess();
    execution.setVariable(AuditVocabulary.FOLLOW_UP_NEEDED, followUp);
    execution.setVariable(AuditVocabulary.MODERATE, audit.moderationSelected());
    execution.setVariable(AuditVocabulary.GRADES_SUMMARY, describe(grades));
  }

  static Map<String, String> grades(FormValues values) {
    Map<String, String> grades = new LinkedHashMap<>();
    for (String field : AuditVocabulary.THEME_FIELDS) {
      grades.put(field, values.choice(field, AuditVocabulary.GRADES,
          "choose a grade for the " + AuditVocabulary.THEMES.get(field).label()));
    }
    return grades;
  }

  /** "Overall grade: Inadequate. Threshold application: Good. ..." for the later forms. */
  static String describe(Map<String, String> grades) {
    return AuditVocabulary.THEME_FIELDS.stream()
        .map(field -> capitalise(AuditVocabulary.THEMES.get(field).label()) + ": "
            + AuditVocabulary.label(grades.get(field)))
        .collect(Collectors.joining(". ")) + ".";
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
