package uk.frontdoor.audit;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.frontdoor.audit.AuditStore.Audit;

/**
 * Closes one contact's audit. Refuses (and so rolls back whatever led here) an audit with no
 * overall grade, or graded requires improvement or inadequate without the follow-up recorded.
 */
@Component("closeAudit")
class CloseAudit implements JavaDelegate {

  private final PeerAuditors peers;
  private final AuditStore store;
  private final Clock clock;

  CloseAudit(PeerAuditors peers, AuditStore store, Clock clock) {
    this.peers = peers;
    this.store = store;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Audit audit = peers.audit(execution.getVariable(AuditVocabulary.AUDIT_ID));
    if (audit.overall() == null) {
      throw new IllegalStateException("The audit " + audit.id() + " has no overall grade and cannot close");
    }
    if (AuditVocabulary.NEEDS_FOLLOW_UP.contains(audit.overall()) && audit.followUpAt() == null) {
      throw new IllegalStateException("The audit " + audit.id() + " was graded " + audit.overall()
          + ": it cannot close before the team manager records the follow-up");
    }
    store.close(audit.id(), clock.instant());
  }
}
