package uk.frontdoor.audit;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.audit.AuditStore.Audit;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.language.FieldKind;
import uk.frontdoor.language.LanguageGuard;
import uk.frontdoor.security.Roles;
import uk.frontdoor.validation.FormValues;

/** Checks and records the team manager's follow-up of an audit graded requires improvement or inadequate. */
@Component("recordFollowUp")
class RecordFollowUp implements ExecutionListener {

  static final String FORM = "audit-follow-up";

  private final PeerAuditors peers;
  private final AuditStore store;
  private final LanguageGuard languageGuard;
  private final Actor actor;
  private final Clock clock;

  RecordFollowUp(PeerAuditors peers, AuditStore store, LanguageGuard languageGuard, Actor actor, Clock clock) {
    this.peers = peers;
    this.store = store;
    this.languageGuard = languageGuard;
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
    if (actor.isPersonOutside(Roles.CRS_MANAGERS)) {
      values.problems().add(AuditVocabulary.FOLLOW_UP_ACTION, "only a team manager can record the follow-up");
    }
    String action = values.requiredText(AuditVocabulary.FOLLOW_UP_ACTION, 20, 4000,
        "write what you have done, or will do, with your team about this audit");
    values.throwIfAny("The follow-up cannot be recorded yet");
    store.recordFollowUp(audit.id(), action, actor.userId(), clock.instant());
    values.removeFromProcess();
  }
}
